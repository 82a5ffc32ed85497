using Microsoft.OpenApi;

namespace GeenKindDeBuurtUit.Host.OpenApi;

internal static class SwaggerSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<OperationInputs>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Geen Kind de Buurt Uit API",
                Version = "v1",
                Description = "Support cases, the expertise pool, the collective budget and monitoring for the schools of Osdorp and Bos en Lommer.",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT (RFC 7519) checked as RFC8725 (JWT Best Current Practices) advises: signed with HS256 and a key of at least "
                    + "32 bytes, or by an OpenID Connect authority with an asymmetric algorithm (RS, PS or ES); `iss`, `aud`, `exp` and the signature are always verified, `none` is refused. "
                    + "Locally: `dotnet run --project src/Host -- token --sub <name> --role admin`.",
            });
            // Relative: the document describes the installation that serves it (local, staging or production alike);
            // its callers are school systems and staff tools outside the boards' networks, so it is not internal.
            options.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "The installation serving this document: local, staging or production.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(false)) },
            });
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<WireSchemaFilter>();
            options.SchemaFilter<WireExampleSchemaFilter>();
            options.ParameterFilter<WireParameterFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.OperationFilter<CsvImportOperationFilter>();
            options.OperationFilter<AnswerMediaTypeOperationFilter>();
            options.OperationFilter<AnswersOperationFilter>();
            options.DocumentFilter<AnswerSchemasFilter>();
            options.DocumentFilter<ContractOrderFilter>();
            options.DocumentFilter<UnusedSchemasFilter>();
            options.DocumentFilter<CeilingsFilter>();
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
        });
        return services;
    }
}
