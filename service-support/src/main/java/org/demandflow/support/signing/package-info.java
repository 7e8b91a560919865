/**
 * Signed records (DESIGN.md "Gate integrity and identities"): Ed25519 over a record's key bytes and its value's Avro
 * body, the signature and the key id in record headers; the keys, the signing serializer and the verifier.
 */
package org.demandflow.support.signing;
