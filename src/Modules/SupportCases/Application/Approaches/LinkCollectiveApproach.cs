using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

/// <summary>Links a case to a collective approach its school takes part in.</summary>
public sealed record LinkCollectiveApproach(Guid CaseId, string? IfMatch, Guid ApproachId) : ICommand<SupportCaseDto>, ISupportCaseChange;

internal sealed class LinkCollectiveApproachValidator : AbstractValidator<LinkCollectiveApproach>
{
    public LinkCollectiveApproachValidator() => RuleFor(c => c.ApproachId).NotEmpty();
}

internal sealed class LinkCollectiveApproachHandler(ICollectiveApproachRepository approaches, SupportCaseChanges changes)
    : ICommandHandler<LinkCollectiveApproach, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(LinkCollectiveApproach command, CancellationToken cancellationToken)
    {
        var approach = await approaches.FindAsync(command.ApproachId, cancellationToken)
            ?? throw InvalidRequestException.For("approachId", "Unknown collective approach.");
        return await changes.ApplyAsync(command, [], c =>
        {
            if (!approach.SchoolIds.Contains(c.SchoolId))
            {
                throw InvalidRequestException.For("approachId", "The case's school does not take part in this collective approach.");
            }

            c.LinkToCollectiveApproach(approach.Id);
            return [];
        }, cancellationToken);
    }
}
