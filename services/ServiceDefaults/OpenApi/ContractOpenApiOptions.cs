using Microsoft.AspNetCore.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

public static class ContractOpenApiOptions
{
    /// <summary>What every service's v1 document declares beyond what its endpoints say: problems on 4xx, documented bodies.</summary>
    public static OpenApiOptions AddPlatformContract(this OpenApiOptions options)
    {
        options.AddSchemaTransformer<OptionalWhenNullable>();
        options.AddOperationTransformer<RequestBodies>();
        options.AddOperationTransformer<ProblemResponses>();
        options.AddOperationTransformer<PagingParameters>();
        options.AddOperationTransformer<EntityTagHeaders>();
        options.AddOperationTransformer<EnumQueryParameters>();
        options.AddOperationTransformer<FileUploadBodies>();
        options.AddDocumentTransformer<ProblemSchema>();
        options.AddDocumentTransformer<NullableBranches>();
        options.AddDocumentTransformer<UnusedSchemas>();
        return options;
    }
}
