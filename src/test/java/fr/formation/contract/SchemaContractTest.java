package fr.formation.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.AstPrinter;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema contains ../shared/spec/schema-contract.graphql (copied to src/test/resources): every type,
 * field, argument, default value, enum value and interface with the same name, type and nullability. It reads the
 * schema with GraphiQL's full introspection query, so it also proves the query limits let introspection through.
 */
@QuarkusTest
class SchemaContractTest {

    @Test
    void servedSchemaContainsTheContract() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(resource("/schema-contract.graphql"));
        TypeDefinitionRegistry served = servedSchema();
        List<String> problems = new ArrayList<>();

        for (TypeDefinition<?> expected : contract.types().values()) {
            Optional<TypeDefinition> actual = served.getType(expected.getName());
            if (actual.isEmpty() || actual.get().getClass() != expected.getClass()) {
                problems.add("missing " + kind(expected) + " " + expected.getName());
                continue;
            }
            compare(expected, actual.get(), problems);
        }
        for (var scalar : contract.scalars().keySet()) {
            if (!served.scalars().containsKey(scalar)) {
                problems.add("missing scalar " + scalar);
            }
        }
        assertEquals(List.of(), problems, "the served schema differs from the contract");
    }

    @Test
    void everyTypeAndOperationIsDescribed() {
        TypeDefinitionRegistry served = servedSchema();
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : served.types().values()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            if (!described(((graphql.language.AbstractDescribedNode<?>) type).getDescription())
                    && !List.of("Query", "Mutation").contains(type.getName())) {
                undescribed.add(type.getName());
            }
            if (type instanceof ImplementingTypeDefinition<?> implementing) {
                for (FieldDefinition field : implementing.getFieldDefinitions()) {
                    if (!described(field.getDescription())) {
                        undescribed.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), undescribed, "every type, field and operation has a description");
    }

    private static boolean described(Description description) {
        return description != null && !description.getContent().isBlank();
    }

    private static void compare(TypeDefinition<?> expected, TypeDefinition<?> actual, List<String> problems) {
        String name = expected.getName();
        if (expected instanceof ImplementingTypeDefinition<?> expectedType) {
            ImplementingTypeDefinition<?> actualType = (ImplementingTypeDefinition<?>) actual;
            List<String> expectedInterfaces = expectedType.getImplements().stream().map(AstPrinter::printAst).toList();
            List<String> actualInterfaces = actualType.getImplements().stream().map(AstPrinter::printAst).toList();
            if (!actualInterfaces.containsAll(expectedInterfaces)) {
                problems.add(name + " implements " + actualInterfaces + ", expected " + expectedInterfaces);
            }
            Map<String, FieldDefinition> fields = byName(actualType.getFieldDefinitions(), FieldDefinition::getName);
            for (FieldDefinition field : expectedType.getFieldDefinitions()) {
                FieldDefinition served = fields.get(field.getName());
                if (served == null) {
                    problems.add("missing field " + name + "." + field.getName());
                    continue;
                }
                sameType(name + "." + field.getName(), field.getType(), served.getType(), problems);
                compareInputs(name + "." + field.getName() + "(", field.getInputValueDefinitions(),
                        served.getInputValueDefinitions(), problems);
            }
        } else if (expected instanceof InputObjectTypeDefinition expectedInput) {
            compareInputs(name + ".", expectedInput.getInputValueDefinitions(),
                    ((InputObjectTypeDefinition) actual).getInputValueDefinitions(), problems);
        } else if (expected instanceof EnumTypeDefinition expectedEnum) {
            List<String> values = ((EnumTypeDefinition) actual).getEnumValueDefinitions().stream()
                    .map(EnumValueDefinition::getName).toList();
            expectedEnum.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                    .filter(value -> !values.contains(value))
                    .forEach(value -> problems.add("missing enum value " + name + "." + value));
        }
    }

    private static void compareInputs(String owner, List<InputValueDefinition> expected,
            List<InputValueDefinition> actual, List<String> problems) {
        Map<String, InputValueDefinition> served = byName(actual, InputValueDefinition::getName);
        for (InputValueDefinition input : expected) {
            InputValueDefinition found = served.get(input.getName());
            if (found == null) {
                problems.add("missing argument or input field " + owner + input.getName());
                continue;
            }
            sameType(owner + input.getName(), input.getType(), found.getType(), problems);
            String expectedDefault = input.getDefaultValue() == null ? null : AstPrinter.printAst(input.getDefaultValue());
            String actualDefault = found.getDefaultValue() == null ? null : AstPrinter.printAst(found.getDefaultValue());
            if (expectedDefault != null && !expectedDefault.equals(actualDefault)) {
                problems.add(owner + input.getName() + " defaults to " + actualDefault + ", expected " + expectedDefault);
            }
        }
        // A new required argument would break the contract's clients.
        List<String> known = expected.stream().map(InputValueDefinition::getName).toList();
        actual.stream().filter(input -> !known.contains(input.getName()))
                .filter(input -> AstPrinter.printAst(input.getType()).endsWith("!") && input.getDefaultValue() == null)
                .forEach(input -> problems.add("new required argument or input field " + owner + input.getName()));
    }

    private static void sameType(String where, graphql.language.Type<?> expected, graphql.language.Type<?> actual,
            List<String> problems) {
        String expectedType = AstPrinter.printAst(expected);
        String actualType = AstPrinter.printAst(actual);
        if (!expectedType.equals(actualType)) {
            problems.add(where + " is " + actualType + ", expected " + expectedType);
        }
    }

    private static TypeDefinitionRegistry servedSchema() {
        var response = GraphQL.execute(IntrospectionQuery.INTROSPECTION_QUERY, Map.of());
        assertNull(response.get("errors"), "introspection passes the query limits");
        Map<String, Object> introspection = response.getMap("data");
        return new SchemaParser().buildRegistry(new IntrospectionResultToSchema().createSchemaDefinition(introspection));
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }

    private static String kind(TypeDefinition<?> type) {
        return type.getClass().getSimpleName().replace("TypeDefinition", "").toLowerCase();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
