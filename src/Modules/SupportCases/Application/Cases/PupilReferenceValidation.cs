using FluentValidation;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>Domain rule 7 at the edge: every request that carries a pupil reference refuses the same texts with the same messages.</summary>
internal static class PupilReferenceValidation
{
    /// <remarks>The message never echoes the text, so a BSN sent by mistake does not come back in the answer.</remarks>
    public static IRuleBuilderOptionsConditions<T, string?> IsPupilReference<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((pupilRef, context) =>
        {
            if (PupilReference.Problem(pupilRef) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}
