namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>403: the caller is authenticated but its role may not do this.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
