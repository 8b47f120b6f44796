const {Cite, plugins} = require('@citation-js/core');
require('@citation-js/plugin-csl'); require('@citation-js/plugin-bibtex'); require('@citation-js/plugin-ris');
const item = {id:'sc-org-x', type:'webpage', title:'Fixture Rapid Response', author:[{literal:'Fixture Rapid Response'}], 'container-title':'Sanctuary Commons', issued:{'date-parts':[[2026,11,2]]}, accessed:{'date-parts':[[2026,11,29]]}, URL:'https://sanctuary-commons.example.org/directory/minneapolis/fixture-rapid-response', version:'abc1234', note:'Commit abc1234'};
const t=Date.now();
for (let i=0;i<50;i++){ const c = new Cite(item);
const apa=c.format('bibliography',{format:'text',template:'apa',lang:'en-US'});
const chi=c.format('bibliography',{format:'text',template:'harvard1',lang:'en-US'});
const bib=c.format('bibtex'); const ris=c.format('ris'); const csl=c.format('data',{format:'text'});
if(i==0) console.log(apa, '\n', chi, '\n', bib, '\n', ris, '\n', csl);}
console.log('ms per item', (Date.now()-t)/50);
