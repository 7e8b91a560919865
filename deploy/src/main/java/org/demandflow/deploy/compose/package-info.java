/**
 * The Docker Compose deployment ({@code deploy/compose}), generated from the same plan as the local stack: the
 * topics of {@code TopicPlan}, the principals and ACL bindings of the access plan ({@code schemas}), one database
 * per service. {@link org.demandflow.deploy.compose.ComposeFiles} writes it; a test keeps the committed files equal to
 * what it writes.
 */
package org.demandflow.deploy.compose;
