/** The one-shot setup of a running stack: topics, schemas, demo data. */
package org.demandflow.deploy.setup;
