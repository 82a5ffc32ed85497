using FluentValidation;
using FluentValidation.Results;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

/// <summary>
/// Many professionals at once, all or nothing: each is held to every rule of <see cref="RegisterProfessional"/>,
/// and one that is wrong stores none. A professional already in the pool (same name and organisation,
/// see <see cref="ProfessionalKey"/>) is reported with its id and left as it is, so importing a file
/// again creates nothing new. A dry run checks everything and stores nothing.
/// </summary>
public sealed record ImportProfessionals(IReadOnlyList<ProfessionalToImport> Professionals, bool DryRun) : ICommand<ProfessionalImport>;

/// <param name="Line">Where the professional stands in its file: messages about another line name it.</param>
public sealed record ProfessionalToImport(int Line, RegisterProfessional Professional);

/// <summary>By position in the command: the professionals created (no id in a dry run) and those already in the pool.</summary>
public sealed record ProfessionalImport(bool DryRun, IReadOnlyList<ImportedProfessional> Created, IReadOnlyList<ImportedProfessional> Existing);

public sealed record ImportedProfessional(int Index, Guid? Id);

internal sealed class ImportProfessionalsValidator : AbstractValidator<ImportProfessionals>
{
    // The areas are checked here, not in the handler as for one professional: so an unknown area is told together with every other problem of the file.
    public ImportProfessionalsValidator(ISchoolDirectory schools)
    {
        RuleForEach(c => c.Professionals).ChildRules(p => p.RuleFor(x => x.Professional).SetValidator(new RegisterProfessionalValidator()));
        RuleFor(c => c.Professionals).Custom((professionals, context) =>
        {
            var first = new Dictionary<string, ProfessionalToImport>(StringComparer.Ordinal);
            for (var i = 0; i < professionals.Count; i++)
            {
                var key = ProfessionalKey.Of(professionals[i].Professional.Name, professionals[i].Professional.Organisation);
                if (!first.TryAdd(key, professionals[i]))
                {
                    context.AddFailure(new ValidationFailure($"Professionals[{i}].Professional.Name", $"The same name and organisation as line {first[key].Line}."));
                }
            }
        });
        RuleFor(c => c.Professionals).CustomAsync(async (professionals, context, cancellationToken) =>
        {
            var areas = new KnownAreas(schools);
            for (var i = 0; i < professionals.Count; i++)
            {
                if (await areas.FirstUnknownAsync(professionals[i].Professional.AreaIds, cancellationToken) is { } unknown)
                {
                    context.AddFailure(new ValidationFailure($"Professionals[{i}].Professional.AreaIds[{unknown}]", KnownAreas.Unknown));
                }
            }
        });
    }
}

internal sealed class ImportProfessionalsHandler(IProfessionalRepository professionals, IExpertisePoolUnitOfWork unitOfWork)
    : ICommandHandler<ImportProfessionals, ProfessionalImport>
{
    public async ValueTask<ProfessionalImport> Handle(ImportProfessionals command, CancellationToken cancellationToken)
    {
        var stored = (await professionals.ListNamesAsync(cancellationToken))
            .GroupBy(p => ProfessionalKey.Of(p.Name, p.Organisation), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).First().Id, StringComparer.Ordinal);
        var created = new List<ImportedProfessional>();
        var existing = new List<ImportedProfessional>();
        for (var i = 0; i < command.Professionals.Count; i++)
        {
            var register = command.Professionals[i].Professional;
            if (stored.TryGetValue(ProfessionalKey.Of(register.Name, register.Organisation), out var id))
            {
                existing.Add(new ImportedProfessional(i, id));
                continue;
            }

            // The domain's own rules run for every line, a dry run included: what it reports is what a real import does.
            var professional = Professional.Register(
                Guid.NewGuid(), register.Name.Trim(), register.Organisation.Trim(), register.Expertise, register.AreaIds, register.HoursPerWeek);
            if (!command.DryRun)
            {
                professionals.Add(professional);
            }

            created.Add(new ImportedProfessional(i, command.DryRun ? null : professional.Id));
        }

        if (!command.DryRun)
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return new ProfessionalImport(command.DryRun, created, existing);
    }
}
