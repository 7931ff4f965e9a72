// PLACEHOLDER grammar, replaced by the real one.
grammar DossierQuery;
script : statement EOF ;
statement : 'RETURN' INT ;
INT : [0-9]+ ;
WS : [ \t\r\n]+ -> skip ;
