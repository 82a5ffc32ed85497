namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

/// <summary>The contract's paging: <c>page</c> from 1, <c>pageSize</c> 1-200, default 50.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    public static PageRequest From(int? page, int? pageSize) => new(page ?? 1, pageSize ?? DefaultPageSize);
}
