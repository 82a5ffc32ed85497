namespace GeenKindDeBuurtUit.Testing;

/// <summary>For flows that cross modules through the outbox: poll until the probe holds, or fail with its last answer.</summary>
public static class Eventually
{
    public static async Task AssertAsync(Func<Task<bool>> probe, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Not true within the time allowed: {because}");
            }

            await Task.Delay(50);
        }
    }
}
