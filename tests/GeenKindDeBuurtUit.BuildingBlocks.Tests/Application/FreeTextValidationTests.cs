using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Application;

public sealed class FreeTextValidationTests
{
    private sealed record Note(string? Text, IReadOnlyList<string?>? Lines = null);

    private sealed class NoteValidator : AbstractValidator<Note>
    {
        public NoteValidator()
        {
            RuleFor(n => n.Text).IdentifiesNoPupil();
            RuleForEach(n => n.Lines).IdentifiesNoPupil();
        }
    }

    [Theory]
    [InlineData("De leerling met BSN 1234.56.782 zit thuis.", PupilIdentifiers.BsnCode)]
    [InlineData("123-456-782", PupilIdentifiers.BsnCode)]
    [InlineData("bsn:123456782", PupilIdentifiers.BsnCode)]
    [InlineData("BSN 123 456 782", PupilIdentifiers.BsnCode)]
    [InlineData("zie https://ketenid.nl/201703/8dfac1c6f4b1d2a8", PupilIdentifiers.EckIdCode)]
    [InlineData("KetenID . NL", PupilIdentifiers.EckIdCode)]
    [InlineData("201703/8dfac1c6f4b1d2a8b5c2", PupilIdentifiers.EckIdCode)]
    public void A_pupil_identifier_is_refused_naming_field_and_rule_but_not_the_value(string text, string code)
    {
        var failure = Assert.Single(new NoteValidator().Validate(new Note(text)).Errors);

        Assert.Equal("Text", failure.PropertyName);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Contains("'text'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(code, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(text, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("782", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_of_a_list_is_named_by_its_index()
    {
        var failure = Assert.Single(new NoteValidator().Validate(new Note("fine", ["fine", "1234 56 782"])).Errors);

        Assert.Contains("'lines[1]'", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Twaalf kinderen in de startklas sinds 01-09-2025, budget 12.500 euro, bel 020-1234567.")]
    [InlineData("ordernummer 123456789")] // nine digits failing the 11-check
    public void Ordinary_text_and_numbers_pass(string? text) => Assert.True(new NoteValidator().Validate(new Note(text)).IsValid);
}
