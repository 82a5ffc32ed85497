namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>
/// The database refused a new case because the pupil already has an open one at the school: another
/// request stored it between this one's check and its commit.
/// </summary>
public sealed class OpenCaseTakenException(Exception inner) : Exception("The pupil already has an open case at this school.", inner);
