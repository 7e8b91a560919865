/** The REST adapter of intake for people: submit a demand by hand ({@code POST /api/v1/demands}). */
package org.demandflow.intake.submission.web;
