using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

public sealed record Participant(string? Role);

public sealed record EnrolChild(string? Name, IReadOnlyList<Participant> Participants) : ICommand<string>;

/// <summary>Counts how often the handler ran.</summary>
public sealed class HandlerCalls
{
    private int _count;

    public int Count => _count;

    public void Record() => Interlocked.Increment(ref _count);
}

internal sealed class EnrolChildHandler(HandlerCalls calls) : ICommandHandler<EnrolChild, string>
{
    public ValueTask<string> Handle(EnrolChild command, CancellationToken cancellationToken)
    {
        calls.Record();
        return ValueTask.FromResult($"enrolled {command.Name}");
    }
}

internal sealed class EnrolChildNameValidator : AbstractValidator<EnrolChild>
{
    public EnrolChildNameValidator() => RuleFor(c => c.Name).NotEmpty();
}

internal sealed class EnrolChildParticipantsValidator : AbstractValidator<EnrolChild>
{
    public EnrolChildParticipantsValidator() =>
        RuleForEach(c => c.Participants).ChildRules(participant => participant.RuleFor(p => p.Role).NotEmpty());
}

/// <summary>A validator with a dependency: it is built in each scope, with the scope's services.</summary>
internal sealed class EnrolChildCountingValidator : AbstractValidator<EnrolChild>
{
    public EnrolChildCountingValidator(HandlerCalls calls) => RuleFor(c => c.Name).Must(_ => calls.Count >= 0);
}
