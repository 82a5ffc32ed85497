using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>The stored thuiszitter history of a year.</summary>
public sealed record GetThuiszitterHistory(string SchoolYear) : IQuery<Versioned<ThuiszitterHistoryDto>>;

internal sealed class GetThuiszitterHistoryValidator : AbstractValidator<GetThuiszitterHistory>
{
    public GetThuiszitterHistoryValidator() => RuleFor(q => q.SchoolYear).IsHistoryYear();
}

internal sealed class GetThuiszitterHistoryHandler(IHistoryRepository<ThuiszitterHistory> histories) : IQueryHandler<GetThuiszitterHistory, Versioned<ThuiszitterHistoryDto>>
{
    public async ValueTask<Versioned<ThuiszitterHistoryDto>> Handle(GetThuiszitterHistory query, CancellationToken cancellationToken) =>
        await histories.FindAsync(SchoolYear.Parse(query.SchoolYear), cancellationToken) is { IsImported: true } history
            ? new Versioned<ThuiszitterHistoryDto>(history.ToDto(), ConcurrencyCheck.VersionOf(history))
            : throw new NotFoundException("Thuiszitter history", query.SchoolYear);
}
