using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record ListBoards : IQuery<IReadOnlyList<BoardDto>>;

internal sealed class ListBoardsHandler(IReferenceDataQueries queries) : IQueryHandler<ListBoards, IReadOnlyList<BoardDto>>
{
    public async ValueTask<IReadOnlyList<BoardDto>> Handle(ListBoards query, CancellationToken cancellationToken) =>
        await queries.BoardsAsync(cancellationToken);
}
