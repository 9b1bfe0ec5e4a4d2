package org.imagingnetwork.core.jdbc;

/**
 * What was added to a generated network's ids when it was loaded: the highest id each table already
 * held (the network-wide rule a migration seeds, say), so that loaded rows never collide with rows
 * already there and generated references still point at the right rows.
 */
public record IdOffsets(long sessions, long slots, long patients, long requests, long events, long rules) {}
