/**
 * The Kubernetes deployment ({@code deploy/k8s}, Kustomize base and production overlay), its plan-derived manifests
 * written by {@link org.demandflow.deploy.kubernetes.KubernetesFiles} from the same plan as the local stack and the
 * Compose file.
 */
package org.demandflow.deploy.kubernetes;
