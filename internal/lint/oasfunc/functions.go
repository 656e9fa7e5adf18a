package oasfunc

import "github.com/sequere/sequere/internal/lint"

// Functions is the registry of this package, keyed by the names rulesets use.
// Spectral's OpenAPI functions keep Spectral's names; ours start with
// "sequere". The map is new on every call, so callers may merge into it.
func Functions() map[string]lint.Function {
	return map[string]lint.Function{
		// Spectral's OpenAPI ruleset functions.
		"oasOpSuccessResponse":      OpSuccessResponse,
		"oasOpFormDataConsumeCheck": OpFormDataConsumeCheck,
		"oasOpIdUnique":             OpIDUnique,
		"oasOpParams":               OpParams,
		"oasTagDefined":             TagDefined,
		"oasPathParam":              PathParam,
		"oasDiscriminator":          Discriminator,
		"oasSecurityDefined":        SecurityDefined,
		"oasUnusedComponent":        UnusedComponent,
		"oasExample":                Example,
		"oasSchema":                 Schema,
		"oasDocumentSchema":         DocumentSchema,
		"refSiblings":               RefSiblings,
		"uniquenessTags":            UniquenessTags,
		"serverVariables":           ServerVariables,
		// Functions of the OWASP ruleset.
		"checkSecurity":            CheckSecurity,
		"differentSecuritySchemes": DifferentSecuritySchemes,
		// Functions of the sequere house ruleset.
		"sequereProblemJSON":        ProblemJSON,
		"sequerePagination":         Pagination,
		"sequereVersioning":         Versioning,
		"sequereDeprecationHeaders": DeprecationHeaders,
		"sequereRateLimit429":       RateLimit429,
		"sequereOperationSecurity":  OperationSecurity,
		"sequereETag":               ETag,
		"sequerePropertyCasing":     PropertyCasing,
		"sequereBodyExample":        BodyExample,
	}
}
