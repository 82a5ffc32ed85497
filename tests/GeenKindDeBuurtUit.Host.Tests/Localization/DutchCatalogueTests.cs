using GeenKindDeBuurtUit.Host.Localization;

namespace GeenKindDeBuurtUit.Host.Tests.Localization;

/// <summary>Messages built from parts come out Dutch in every part a client reads, and as sent in what it sent.</summary>
public sealed class DutchCatalogueTests
{
    // What takes over a match that ran out of time must give the same Dutch.
    private static readonly DutchCatalogue AfterATimeOut = new(DutchTexts.Messages, DutchTexts.Fragments, linearOnly: true);

    [Theory]
    [InlineData("There is no support case '7' in your scope: the id is unknown, or outside what your token may see.",
        "Er is geen ondersteuningstraject '7' binnen uw bereik: het id is onbekend, of valt buiten wat uw token mag zien.")]
    [InlineData("Support case has changed: the request expected version 3, the current version is 4.",
        "Ondersteuningstraject is gewijzigd: het verzoek verwachtte versie 3, de huidige versie is 4.")]
    [InlineData("Referral history has changed: the request expected version 3, the current version is none (the year was never imported).",
        "Verwijzingsgeschiedenis is gewijzigd: het verzoek verwachtte versie 3, de huidige versie is geen (het jaar is nooit ingelezen).")]
    [InlineData("This operation needs the role admin; the token has the role analyst.",
        "Deze bewerking vraagt de rol admin; het token heeft de rol analyst.")]
    [InlineData("This operation needs the role swv or admin; and coordinator; the token has the roles analyst, school.",
        "Deze bewerking vraagt de rol swv of admin; en coordinator; het token heeft de rollen analyst, school.")]
    [InlineData("This operation needs the role admin; the token has no role.", "Deze bewerking vraagt de rol admin; het token heeft geen rol.")]
    [InlineData("Expected a number at least 0 and at most 40.", "Verwacht: een getal ten minste 0 en hoogstens 40.")]
    [InlineData("Expected a string or null.", "Verwacht: tekst of null.")]
    [InlineData("Expected an id: a UUID such as 7535f312-c0f6-5e5f-b80c-ad86c3116d31.", "Verwacht: een id: een UUID zoals 7535f312-c0f6-5e5f-b80c-ad86c3116d31.")]
    [InlineData("Expected 1 to 200 characters.", "Verwacht: 1 tot en met 200 tekens.")]
    [InlineData("Expected at most 1000 characters.", "Verwacht: hoogstens 1000 tekens.")]
    [InlineData("Expected a list of at least 1 items.", "Verwacht: een lijst van ten minste 1 items.")]
    [InlineData("Expected one of \"low\", \"medium\", \"high\".", "Verwacht: een van \"low\", \"medium\", \"high\".")]
    [InlineData("This request is cancelled and cannot change any more.", "Deze aanvraag is geannuleerd en kan niet meer veranderen.")]
    [InlineData("School year 2024-2025 is closed, whose budget is closed for this school's area; its history stays as it was closed.",
        "Schooljaar 2024-2025 is afgesloten, waarvan het budget voor het gebied van deze school is afgesloten; de geschiedenis blijft zoals ze is afgesloten.")]
    [InlineData("The same school as line 4; a year holds one row per school.", "Dezelfde school als regel 4; een jaar heeft één rij per school.")]
    [InlineData("The body is not valid JSON: line 2, position 13.", "De inhoud is geen geldige JSON: regel 2, positie 13.")]
    [InlineData("This operation takes a body of type application/json; the request had no Content-Type.",
        "Deze bewerking neemt een inhoud van het type application/json; het verzoek had geen Content-Type.")]
    [InlineData("'Note' must not be empty.", "'Note' mag niet leeg zijn.")]
    [InlineData("Not Found", "Niet gevonden")]
    public void A_message_and_its_parts_come_out_in_Dutch(string english, string dutch)
    {
        Assert.Equal(dutch, DutchCatalogue.Instance.Translate(english));
        Assert.Equal(dutch, AfterATimeOut.Translate(english));
    }

    [Theory]
    [InlineData("Professional 'Jansen and Co' does not work in the request's area.", "Professional 'Jansen and Co' werkt niet in het gebied van de aanvraag.")]
    [InlineData("An area named 'at most 5' is already registered.", "Een gebied met de naam 'at most 5' is al geregistreerd.")]
    public void What_a_client_sent_comes_back_as_sent(string english, string dutch)
    {
        Assert.Equal(dutch, DutchCatalogue.Instance.Translate(english));
        Assert.Equal(dutch, AfterATimeOut.Translate(english));
    }

    [Fact]
    public void A_long_value_that_repeats_the_message_comes_back_whole()
    {
        var value = string.Concat(Enumerable.Repeat("x' does not work in the request's area; '", 2000));
        var english = $"Professional '{value}' does not work in the request's area.";
        var dutch = $"Professional '{value}' werkt niet in het gebied van de aanvraag.";

        Assert.Equal(dutch, DutchCatalogue.Instance.Translate(english));
        Assert.Equal(dutch, AfterATimeOut.Translate(english));
    }

    [Fact]
    public void A_text_without_an_entry_is_not_made_up()
    {
        Assert.Null(DutchCatalogue.Instance.Translate("Something nobody wrote."));
        Assert.Null(AfterATimeOut.Translate("Something nobody wrote."));
    }
}
