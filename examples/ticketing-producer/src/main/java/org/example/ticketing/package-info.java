/**
 * An upstream ticketing system's side of Demandflow: check a demand offline, publish it, read intake's answer.
 * Only Demandflow's contracts artifact ({@code org.demandflow:schemas}) and Kafka's client are used here.
 */
package org.example.ticketing;
