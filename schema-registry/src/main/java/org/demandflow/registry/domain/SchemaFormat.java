package org.demandflow.registry.domain;

import java.util.List;

/**
 * A schema language the registry understands: it turns schema text into a canonical form
 * (so that equal schemas get equal ids) and tells whether a reader can read a writer's data.
 */
public interface SchemaFormat {

    /** The type name clients use in {@code schemaType}, e.g. {@code AVRO}. */
    String type();

    /**
     * The canonical text of a schema.
     *
     * @throws InvalidSchemaException when the text is no valid schema
     */
    String canonicalize(String schemaText);

    /** Why data written with {@code writer} cannot be read with {@code reader}; empty when it can. */
    List<String> incompatibilities(String reader, String writer);
}
