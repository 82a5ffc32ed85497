using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;

/// <summary>
/// Domain rule 7 for every free-text member of every request (reasons, notes, purposes, names,
/// observation texts): a citizen service number (BSN) in any notation or an ECK iD is refused,
/// whatever module the request is for (docs/adr/0033-no-pupil-identifier-in-any-text.md).
/// </summary>
public static class FreeTextValidation
{
    /// <remarks>
    /// The message names the field and the rule, never the text: a refused value must not come
    /// back in the answer, nor reach a log through it.
    /// </remarks>
    public static IRuleBuilderOptionsConditions<T, string?> IdentifiesNoPupil<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((text, context) =>
        {
            if (PupilIdentifiers.BrokenRule(text) is { } code)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, Message(FieldPath.ToJson(context.PropertyPath), code))
                {
                    ErrorCode = code,
                });
            }
        });

    public static string Message(string field, string code) => code == PupilIdentifiers.BsnCode
        ? $"'{field}' holds what reads as a citizen service number (BSN: nine digits passing the 11-check, also when written in groups); free text never identifies a pupil (rule {code}). Remove it."
        : $"'{field}' holds an ECK iD (the education chain's pupil id); free text never identifies a pupil (rule {code}). Remove it.";
}
