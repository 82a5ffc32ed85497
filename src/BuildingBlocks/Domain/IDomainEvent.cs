namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>Something that happened inside one module's domain; never crosses a module boundary.</summary>
public interface IDomainEvent;
