using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using GeenKindDeBuurtUit.Testing;
using GeenKindDeBuurtUit.Testing.Contract;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// FsCheck generators of requests, per documented operation: the operation, caller, Accept and
/// the kind of body are chosen by FsCheck; the values inside follow from a seed it draws too,
/// so one FsCheck seed replays the whole run.
/// </summary>
internal static class FuzzCases
{
    private const string OtherKey = "another-signing-key-that-the-host-never-saw-0123456789";

    private static readonly (int Weight, string Kind)[] BodyKinds =
    [
        (30, "valid"), (8, "boundary"), (10, "wrong type"), (8, "missing member"), (6, "extra member"), (5, "null member"),
        (4, "huge string"), (6, "unicode string"), (6, "null"), (6, "no body"), (3, "array"), (3, "malformed"), (3, "text/plain"),
    ];

    private static readonly string?[] Accepts = ["application/json", "application/json", "text/csv", "application/xml", "*/*", null];

    private static readonly string[] Unicode = ["Zoë Çelik-Öztürk", "مدرسة", "学校🧒🏽", "a\u0000b", "\u202Eevil", "e\u0301\u0301\u0301", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"];

    public static Gen<FuzzCase> For(ContractDocument contract, FuzzWorld world, TestTokens tokens) =>
        from operation in Gen.Elements(contract.Operations.ToArray())
        from caller in Callers(world, tokens)
        from accept in Gen.Elements(Accepts)
        from kind in Gen.Frequency(BodyKinds.Select(k => (k.Weight, Gen.Constant(k.Kind))).ToArray())
        from idempotent in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from seed in Gen.Choose(0, int.MaxValue)
        select Build(contract, world, operation, caller, accept, kind, idempotent, new Random(seed));

    private static Gen<(string Name, string? Token)> Callers(FuzzWorld world, TestTokens tokens) =>
        Gen.Elements<Func<(string, string?)>>(
            () => ("admin", tokens.Valid(["admin"])),
            () => ("swv", tokens.Valid(["swv"])),
            () => ("coordinator", tokens.Valid(["coordinator"])),
            () => ("treasurer of the own board", tokens.Valid(["treasurer"], boards: [world.OwnBoard])),
            () => ("treasurer without board", tokens.Valid(["treasurer"])),
            () => ("analyst", tokens.Valid(["analyst"])),
            () => ("school with school_id", tokens.Valid(["school"], schools: [world.OwnSchool])),
            () => ("school of another school", tokens.Valid(["school"], schools: [world.OtherSchool])),
            () => ("school without school_id", tokens.Valid(["school"])),
            () => ("no token", null),
            () => ("expired token", tokens.Create(["admin"], expires: DateTime.UtcNow.AddHours(-1), notBefore: DateTime.UtcNow.AddHours(-2))),
            () => ("wrong signature", tokens.Create(["admin"], key: OtherKey)),
            () => ("garbage token", "not.a.jwt"))
            .Select(make => make());

    private static FuzzCase Build(ContractDocument contract, FuzzWorld world, ContractOperation operation, (string Name, string? Token) caller, string? accept, string kind, bool idempotent, Random random)
    {
        var values = new SchemaValues(contract.Root, world.IdsFor, random, boundary: kind == "boundary");
        var path = FuzzPaths.Fill(operation, values, world, random);
        var schema = operation.Definition["requestBody"]?["content"]?["application/json"]?["schema"];
        var (body, contentType) = schema is null ? (null, null) : FuzzBodies.Make(kind, values.Valid(schema, "body"), values, schema, random, Unicode);
        var offersKey = operation.Definition["parameters"]?.AsArray().Any(p => p?["name"]?.GetValue<string>() == "Idempotency-Key") == true;
        return new FuzzCase(
            operation.Name,
            operation.Method,
            path,
            schema is null ? "none" : kind,
            body,
            contentType,
            caller.Name,
            caller.Token,
            accept,
            idempotent && offersKey ? Guid.NewGuid().ToString() : null);
    }
}
