namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

/// <summary>A list query with the contract's paging parameters.</summary>
public interface IPagedQuery
{
    int? Page { get; }

    int? PageSize { get; }
}
