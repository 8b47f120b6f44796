/**
 * A CSL 1.0.2 style for the one kind of item this site cites — a web page —
 * in the reference-list form of the Chicago Manual of Style, 17th edition,
 * author-date system (CMOS 15.51 for web pages: author, year, "title,"
 * site, "last modified" date, URL). citation-js ships APA but no Chicago
 * style, and the official styles repository is not an npm package; this
 * style covers only web pages so that it stays small enough to review.
 * The site adds the revision (Git commit) after the site name.
 */
export const CHICAGO_STYLE_ID = 'sanctuary-chicago-author-date-web';

export const CHICAGO_STYLE_XML = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style 17th edition (author-date), web pages only</title>
    <id>https://sanctuary-commons.example.org/csl/${CHICAGO_STYLE_ID}</id>
    <author><name>Sanctuary Commons developers</name></author>
    <category citation-format="author-date"/>
    <updated>2026-11-29T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
      <substitute><text variable="container-title"/></substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued"><date variable="issued"><date-part name="year"/></date></if>
      <else><text term="no date" form="short"/></else>
    </choose>
  </macro>
  <macro name="modified">
    <choose>
      <if variable="issued">
        <group delimiter=" ">
          <text value="Last modified"/>
          <date variable="issued"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
        </group>
      </if>
      <else>
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
        </group>
      </else>
    </choose>
  </macro>
  <citation>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" "><names variable="author"><name form="short" and="text"/></names><text macro="year"/></group>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" quotes="true"/>
        <text variable="container-title"/>
        <text variable="version" prefix="Revision "/>
        <text macro="modified"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
