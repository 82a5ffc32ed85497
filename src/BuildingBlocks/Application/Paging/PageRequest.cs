namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

/// <summary>The contract's paging: <c>page</c> from 1 to <see cref="MaxPage"/>, <c>pageSize</c> 1-200, default 50.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The last page whose offset fits an <see cref="int"/> at any page size: no list ever holds that many items.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public int Skip => (Page - 1) * PageSize;

    public static PageRequest From(int? page, int? pageSize) => new(page ?? 1, pageSize ?? DefaultPageSize);
}
