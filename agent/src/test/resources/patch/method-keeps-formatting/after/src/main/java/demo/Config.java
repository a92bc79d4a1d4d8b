// Copyright (c) the authors.   
package demo;

import java.util.*;    // everything, on purpose

/**
 * Parses key=value lines.
 */
public class Config
{
    private final Map<String,String> values=new HashMap<>();   // kept as is

    /* Parses one line; ignores comments. */
    public void   parseLine( String line )
    {
        if(line.startsWith("#"))  return;
        int eq=line.indexOf('=');
        if (eq<0) { return; }
        values.put(line.substring(0,eq).trim(),
                   line.substring(eq+1).trim());
    }

    /**
     * The value of a key, or {@code fallback} when the key has none.
     */
    @SuppressWarnings("unused")
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }     // end get

	// a tab-indented comment someone left here
    public int size() { return values.size(); }
}
