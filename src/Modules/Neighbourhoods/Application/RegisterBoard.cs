using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>Registers a real board, so schools can be moved off the pilot's placeholder boards.</summary>
public sealed record RegisterBoard(string Name) : ICommand<BoardDto>;

internal sealed class RegisterBoardValidator : AbstractValidator<RegisterBoard>
{
    public RegisterBoardValidator() => RuleFor(c => c.Name).IsName();
}

internal sealed class RegisterBoardHandler(IBoardRepository boards, INeighbourhoodsUnitOfWork unitOfWork) : ICommandHandler<RegisterBoard, BoardDto>
{
    public async ValueTask<BoardDto> Handle(RegisterBoard command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await boards.NameTakenAsync(name, cancellationToken))
        {
            throw new ConflictException($"A board named '{name}' is already registered.");
        }

        var board = new Board(Guid.NewGuid(), name);
        boards.Add(board);
        await unitOfWork.CommitAsync(cancellationToken);
        return new BoardDto(board.Id, board.Name);
    }
}
