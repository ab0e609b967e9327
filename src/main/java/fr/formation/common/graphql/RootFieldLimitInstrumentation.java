package fr.formation.common.graphql;

import java.util.Map;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.SelectionSet;

/** Refuses an operation with more root fields (aliases included) than app.graphql.max-root-fields. */
class RootFieldLimitInstrumentation extends SimplePerformantInstrumentation {

    static final String CODE = "TOO_MANY_ROOT_FIELDS";

    private final int maxRootFields;

    RootFieldLimitInstrumentation(int maxRootFields) {
        this.maxRootFields = maxRootFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        SelectionSet root = parameters.getExecutionContext().getOperationDefinition().getSelectionSet();
        int fields = root.getSelections().size();
        if (fields > maxRootFields) {
            throw new TooManyRootFields("An operation may have at most " + maxRootFields + " root fields (aliases "
                    + "included); this one has " + fields);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** The refusal, with its code. */
    static final class TooManyRootFields extends AbortExecutionException {
        TooManyRootFields(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", CODE);
        }
    }
}
