/**
 * Values that would end a `<script>` data block or change how the HTML
 * parser finds its end, if written into JSON-LD unescaped.
 */
export const HOSTILE_TITLE = 'Title </script><script>alert(1)</script> & <b>';
export const HOSTILE_LABEL = 'Label <!--<script> </SCRIPT ><script>alert(2)//';
export const HOSTILE_DESCRIPTION = '<!-- --!> </script ><img src=x onerror=alert(3)>';
