import React, {type ReactNode} from 'react';

/**
 * GitHub users or teams (a city's or an organisation's maintainers) as a
 * comma-separated list, each in `<code>` and marked `translate="no"` so that
 * a page translator leaves the handles as they are.
 */
export default function HandleList({handles}: {handles: readonly string[]}): ReactNode {
  return (
    <>
      {handles.map((handle, index) => (
        <React.Fragment key={handle}>
          {index > 0 && ', '}
          <code translate="no">{handle}</code>
        </React.Fragment>
      ))}
    </>
  );
}
