using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GeenKindDeBuurtUit.Testing.Contract;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// The fuzz trusts its generator: a "valid" body must satisfy the schema it was made from, or
/// "2xx for an invalid body" would be noise. Checked on a small schema with every kind of
/// constraint the document can grow.
/// </summary>
public sealed class SchemaValuesTests
{
    private static readonly ContractDocument Contract = ContractDocument.Parse("""
        {
          "openapi": "3.1.1",
          "paths": { "/api/v1/things": { "post": {
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
            "responses": { "201": { "description": "Created" } } } } },
          "components": { "schemas": {
            "Thing": {
              "type": "object", "additionalProperties": false,
              "required": ["schoolId", "needs", "level", "openedOn", "kind"],
              "properties": {
                "schoolId": { "type": "string", "format": "uuid" },
                "needs": { "type": "array", "minItems": 1, "maxItems": 7, "uniqueItems": true, "items": { "type": "string", "enum": ["language", "tos", "other"] } },
                "level": { "type": "integer", "minimum": 1, "maximum": 3 },
                "amount": { "type": "number", "exclusiveMinimum": 0, "maximum": 1000000 },
                "openedOn": { "type": "string", "format": "date" },
                "pupilRef": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._:-]+$" },
                "kind": { "$ref": "#/components/schemas/Kind" },
                "referral": { "oneOf": [ { "type": "null" }, { "$ref": "#/components/schemas/Referral" } ] },
                "note": { "type": ["null", "string"], "maxLength": 10 }
              }
            },
            "Kind": { "type": "string", "enum": ["board-funds", "swv-pooled"] },
            "Referral": { "type": "object", "required": ["type"], "properties": { "type": { "const": "sbo" } }, "additionalProperties": false }
          } }
        }
        """);

    [Property(MaxTest = 200)]
    public bool A_valid_body_satisfies_the_schema_it_was_made_from(int seed, bool boundary) => Allows(Body(seed, boundary));

    [Property(MaxTest = 200)]
    public bool A_body_with_a_member_of_the_wrong_type_does_not(int seed) => !Allows(Broken(seed, "wrong type"));

    [Property(MaxTest = 200)]
    public bool A_body_with_an_extra_member_or_a_required_one_missing_does_not(int seed) =>
        !Allows(Broken(seed, "extra member")) && !Allows(Broken(seed, "missing member"));

    private static JsonNode? Body(int seed, bool boundary) =>
        new SchemaValues(Contract.Root, _ => [], new Random(seed), boundary).Valid(Schema, "body");

    private static string? Broken(int seed, string kind)
    {
        var values = new SchemaValues(Contract.Root, _ => [], new Random(seed), boundary: false);
        return FuzzBodies.Make(kind, values.Valid(Schema, "body"), values, Schema, new Random(seed), ["é"]).Body;
    }

    private static bool Allows(JsonNode? body) => Allows(body?.ToJsonString());

    private static bool Allows(string? body) =>
        FuzzInvariants.DocumentAllows(Contract, new FuzzCase("POST /api/v1/things", "POST", "/api/v1/things", "test", body, "application/json", "test", null, null, null));

    private static JsonNode Schema => Contract.Root["paths"]!["/api/v1/things"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
}
