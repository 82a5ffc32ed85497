using FluentValidation;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

/// <summary>Include in a list query's validator: <c>page</c> from 1 to <see cref="PageRequest.MaxPage"/>, <c>pageSize</c> 1-200.</summary>
public sealed class PagingValidator<T> : AbstractValidator<T>
    where T : IPagedQuery
{
    public PagingValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, PageRequest.MaxPage).When(q => q.Page is not null)
            .WithMessage($"Pages are numbered from 1 to {PageRequest.MaxPage}.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).When(q => q.PageSize is not null)
            .WithMessage($"A page holds 1 to {PageRequest.MaxPageSize} items.");
    }
}
