/** Tests of the agent's JSON adapter and Kaizen's own JSON annotations. */
package dev.kaizen.agent.json;
