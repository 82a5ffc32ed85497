using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

public sealed record GetProfessional(Guid ProfessionalId) : IQuery<ProfessionalDto>;

internal sealed class GetProfessionalHandler(IProfessionalRepository professionals) : IQueryHandler<GetProfessional, ProfessionalDto>
{
    public async ValueTask<ProfessionalDto> Handle(GetProfessional query, CancellationToken cancellationToken) =>
        (await professionals.FindAsync(query.ProfessionalId, cancellationToken) ?? throw new NotFoundException("Professional", query.ProfessionalId)).ToDto();
}
