using FluentValidation;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(p => p.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(p => p.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).OverridePropertyName("pageSize");
    }
}
