namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>
/// The database refused a new school because another request registered its BRIN code between this
/// one's check and its commit.
/// </summary>
public sealed class BrinTakenException(string brin, Exception inner) : Exception($"A school with BRIN {brin} is already registered.", inner);
