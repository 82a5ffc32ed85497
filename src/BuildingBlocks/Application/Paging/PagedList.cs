namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

/// <summary>A list answer as the contract writes it: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public static PagedList<T> Of(IReadOnlyList<T> items, PageRequest request, int total) => new(items, request.Page, request.PageSize, total);
}
