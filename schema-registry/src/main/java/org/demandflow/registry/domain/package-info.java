/** The registry's rules: subjects, versions, global ids, compatibility levels and the log they are kept in; free of Spring and Avro. */
package org.demandflow.registry.domain;
