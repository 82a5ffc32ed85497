namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>409: a duplicate that cannot be merged with what is already there.</summary>
public sealed class ConflictException(string message) : Exception(message);
