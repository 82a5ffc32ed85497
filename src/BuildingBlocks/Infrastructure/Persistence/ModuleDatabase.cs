namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A module's database context, registered so the migrator and the readiness check find every module.</summary>
public sealed record ModuleDatabase(string Module, string Schema, Type ContextType);
