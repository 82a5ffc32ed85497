using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using Mediator;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;

/// <summary>
/// The one place where requests are validated: every validator of the message runs before its
/// handler, and all failures are reported together so a client can fix its input in one go.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new InvalidRequestException(failures
                .GroupBy(f => FieldPath.ToJson(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()));
        }

        return await next(message, cancellationToken);
    }
}
