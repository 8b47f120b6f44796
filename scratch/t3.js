const {Cite} = require('@citation-js/core');
require('@citation-js/plugin-csl');
const mk=(i)=>({id:'sc-org-'+i, type:'webpage', title:'Fixture Rapid Response '+i, author:[{literal:'Fixture Rapid Response'}], 'container-title':'Sanctuary Commons', issued:{'date-parts':[[2026,11,2]]}, URL:'https://x.org/'+i, version:'abc1234'});
let t=Date.now(); for(let i=0;i<200;i++){ new Cite(mk(i)).format('bibliography',{format:'text',template:'apa',lang:'en-US'});} console.log('single',(Date.now()-t)/200);
const items=[]; for(let i=0;i<3000;i++) items.push(mk(i));
t=Date.now(); const out=new Cite(items).format('bibliography',{format:'text',template:'apa',lang:'en-US',asEntryArray:true}); console.log('batch per item',(Date.now()-t)/3000, out.length, out[5]);
