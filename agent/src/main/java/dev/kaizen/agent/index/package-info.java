/**
 * What a repository's Java code contains: files, types, methods, which tests touch which classes,
 * and a compact "repo map" of it for prompts. {@link dev.kaizen.agent.index.CodeIndex} is the front
 * object; JavaParser stays inside this package and no JavaParser type appears in its public API.
 */
package dev.kaizen.agent.index;
