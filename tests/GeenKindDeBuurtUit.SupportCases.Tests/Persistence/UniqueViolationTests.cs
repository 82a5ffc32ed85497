using System.Reflection;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Persistence;

/// <summary>
/// The one-open-case index refuses a second open case with the provider's unique-violation error;
/// on every provider that becomes the case the handler answers with 409. Each provider's error is
/// raised where the provider would raise it, on saving, so no server is needed; the real index is
/// met on the matrix's engine.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class UniqueViolationTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_second_open_case_for_the_pupil_on_the_platforms_database_is_a_taken_open_case()
    {
        var school = (await CaseApi.SchoolsAsync(platform.Admin()))[11]["id"]!.GetValue<Guid>();
        var pupil = $"unique-{Guid.NewGuid().ToString("N")[..8]}";
        using var scope = platform.Services.CreateScope();
        var first = scope.ServiceProvider.GetRequiredService<SupportCasesDbContext>();
        first.Cases.Add(SupportCase.Open(Guid.NewGuid(), school, pupil, [Need.Language], 1, new DateOnly(2025, 9, 1)));
        await first.SaveChangesAsync();
        using var another = platform.Services.CreateScope();
        var second = another.ServiceProvider.GetRequiredService<SupportCasesDbContext>();
        second.Cases.Add(SupportCase.Open(Guid.NewGuid(), school, pupil, [Need.Tos], 1, new DateOnly(2025, 9, 2)));

        await Assert.ThrowsAsync<OpenCaseTakenException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [InlineData(2601)]
    [InlineData(2627)]
    public async Task A_sql_server_unique_violation_on_a_new_case_is_a_taken_open_case(int number)
    {
        await using var context = ContextFailingWith(SqlServerError(number));
        context.Cases.Add(SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-1", [Need.Language], 1, new DateOnly(2025, 9, 1)));

        await Assert.ThrowsAsync<OpenCaseTakenException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task A_sqlite_unique_violation_on_a_new_case_is_a_taken_open_case()
    {
        await using var context = ContextFailingWith(new SqliteException("UNIQUE constraint failed", 19, 2067));
        context.Cases.Add(SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-1", [Need.Language], 1, new DateOnly(2025, 9, 1)));

        await Assert.ThrowsAsync<OpenCaseTakenException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task A_postgresql_unique_violation_on_a_new_case_is_a_taken_open_case()
    {
        await using var context = ContextFailingWith(new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation));
        context.Cases.Add(SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-1", [Need.Language], 1, new DateOnly(2025, 9, 1)));

        await Assert.ThrowsAsync<OpenCaseTakenException>(() => context.SaveChangesAsync());
    }

    [Theory]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public async Task Another_postgresql_failure_is_not_mistaken_for_a_taken_open_case(string sqlState)
    {
        await using var context = ContextFailingWith(new PostgresException("refused", "ERROR", "ERROR", sqlState));
        context.Cases.Add(SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-1", [Need.Language], 1, new DateOnly(2025, 9, 1)));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task Another_failure_is_not_mistaken_for_a_taken_open_case()
    {
        await using var context = ContextFailingWith(SqlServerError(547));
        context.Cases.Add(SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-1", [Need.Language], 1, new DateOnly(2025, 9, 1)));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    private static SupportCasesDbContext ContextFailingWith(Exception providerError) =>
        new(new DbContextOptionsBuilder<SupportCasesDbContext>()
            .UseSqlite("Data Source=:memory:")
            .AddInterceptors(new FailingSave(providerError))
            .Options);

    /// <summary>A SqlException as the SQL Server client raises it; its constructors are not public.</summary>
    private static SqlException SqlServerError(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var constructor = typeof(SqlError).GetConstructors(Internal).OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(int) && p.Position == 0 => number,
            var t when t == typeof(string) => "unique index IX_cases_SchoolId_PupilRef",
            var t when t.IsValueType => Activator.CreateInstance(t),
            _ => null,
        }).ToArray();
        var error = (SqlError)constructor.Invoke(arguments);
        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructor(Internal, Type.EmptyTypes)!.Invoke(null);
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .First(m => m.Name == "CreateException" && m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(SqlErrorCollection), typeof(string)]));
        var exception = (SqlException)create.Invoke(null, [errors, "16.0"])!;
        Assert.Equal(number, exception.Number);
        return exception;
    }

    private sealed class FailingSave(Exception providerError) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new DbUpdateException("An error occurred while saving the entity changes.", providerError);
    }
}
