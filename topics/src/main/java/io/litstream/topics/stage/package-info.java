/**
 * The one shape every stage has. A {@link io.litstream.topics.stage.Stage} has a name and an
 * application id, starts against a {@link io.litstream.topics.stage.StageContext} and closes;
 * the launcher's pipeline starts a list of them against the flow and closes them along it.
 *
 * <p>The two Kafka Streams stages (extract, aggregate) are laid out alike: in their module's
 * {@code stream} package a {@code <X>Topology} that reads top to bottom, a {@code <X>StreamsConfig}
 * record whose {@code toProperties(base)} lays the stage's guarantees over the deployment's
 * settings, and a {@code <X>Stage} that owns its state folder ({@link
 * io.litstream.topics.stage.StageContext#stateDir}) and runs the topology with a {@link
 * io.litstream.topics.stage.StreamsRunner}. The runner (thread restarts, state logging, a
 * bounded close) lives here rather than in the launcher because both stages need it and it
 * depends only on Kafka Streams, which this module already uses for the dead-letter handler;
 * so a stage starts itself and the launcher never touches a topology or its properties.
 */
package io.litstream.topics.stage;
