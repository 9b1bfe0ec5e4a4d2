package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * Trims HAPI's generated CapabilityStatement to what this endpoint really offers (HAPI adds an
 * OperationDefinition read although we define no operations, and lists RDF Turtle, which
 * {@link MediaTypes} refuses) and says how callers authenticate.
 */
@Interceptor
public final class CapabilityDescription {

    private final String security;

    public CapabilityDescription(String security) {
        this.security = security;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void describe(IBaseConformance generated) {
        CapabilityStatement statement = (CapabilityStatement) generated;
        MediaTypes.describe(statement);
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            rest.getResource().removeIf(resource -> "OperationDefinition".equals(resource.getType()));
            rest.getSecurity().setDescription(security);
        }
    }
}
