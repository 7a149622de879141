module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_chunk_apply(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %out_m_out: !llvm.ptr, %out_i_stab: !llvm.ptr, %out_m_last: !llvm.ptr, %carry_m: !llvm.ptr, %ckpt_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_H : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 64 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v32 = arith.constant 0 : i64
      %v39 = arith.constant 32 : i64
      %v51 = arith.muli %v1, %size_B : i64
      %v52 = arith.muli %v51, %size_H : i64
      %v55 = arith.muli %v1, %size_H : i64
      %v63 = arith.constant 16 : i64
      %v73 = arith.constant 2 : i64
      %v75 = arith.constant 3 : i64
      %v77 = arith.constant 4 : i64
      %v79 = arith.constant 5 : i64
      %v81 = arith.constant 6 : i64
      %v83 = arith.constant 7 : i64
      %v85 = arith.constant 8 : i64
      %v87 = arith.constant 9 : i64
      %v89 = arith.constant 10 : i64
      %v91 = arith.constant 11 : i64
      %v93 = arith.constant 12 : i64
      %v95 = arith.constant 13 : i64
      %v97 = arith.constant 14 : i64
      %v99 = arith.constant 15 : i64
      %v102 = arith.muli %v1, %size_H : i64
      %v103 = arith.muli %v102, %size_L : i64
      %v345 = arith.constant 0x00000000 : f32
      %v349 = arith.constant 0x3FB8AA3B : f32
      %v352 = arith.constant 0x3F800000 : f32
      %v355 = arith.constant 0x3F317218 : f32
      %v357 = arith.constant 0x3E124925 : f32
      %v359 = arith.constant 0xBE2AAAAB : f32
      %v362 = arith.constant 0x3E4CCCCD : f32
      %v365 = arith.constant 0xBE800000 : f32
      %v368 = arith.constant 0x3EAAAAAB : f32
      %v371 = arith.constant 0xBF000000 : f32
      %v377 = arith.constant 0x3D800000 : f32
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.subi %v7, %v1 : i64
      %v14 = arith.addi %v3, %v13 : i64
      %v15 = arith.divui %v14, %v7 : i64
      %v16 = arith.divui %v12, %v15 : i64
      %v17 = arith.remui %v12, %v15 : i64
      %v18 = arith.muli %v17, %v7 : i64
      %v19 = arith.addi %v18, %v11 : i64
      %v20 = arith.cmpi slt, %v19, %v3 : i64
      %v21 = arith.subi %v3, %v1 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_H : i64
      %v24 = arith.divui %v22, %size_H : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v27 = arith.muli %v16, %v3 : i64
      %v28 = arith.subi %v3, %v1 : i64
      %v29 = arith.minsi %v19, %v28 : i64
      %v30 = arith.addi %v27, %v29 : i64
      %v31 = arith.muli %v30, %v1 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = llvm.getelementptr %carry_m[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = llvm.load %v34 : !llvm.ptr -> f32
      llvm.store %v35, %v4 : f32, !llvm.ptr
      %v36 = arith.muli %v16, %v7 : i64
      %v37 = arith.addi %v36, %v7 : i64
      %v38 = arith.minsi %v37, %size_L : i64
      %v40 = arith.index_cast %v36 : i64 to index
      %v41 = arith.index_cast %v38 : i64 to index
      %v42 = arith.index_cast %v39 : i64 to index
      scf.for %v43 = %v40 to %v41 step %v42 {
        %v44 = arith.index_cast %v43 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v45 = arith.remui %v44, %v7 : i64
        %v46 = arith.cmpi eq, %v45, %v32 : i64
        %v47 = arith.andi %v46, %v20 : i1
        scf.if %v47 {
          %v48 = arith.divui %v44, %v7 : i64
          %v49 = llvm.mlir.zero : !llvm.ptr
          %v50 = llvm.icmp "ne" %ckpt_m, %v49 : !llvm.ptr
          scf.if %v50 {
            %v53 = arith.muli %v48, %v52 : i64
            %v54 = llvm.load %v4 : !llvm.ptr -> f32
            %v56 = arith.muli %v25, %v55 : i64
            %v57 = arith.muli %v23, %v1 : i64
            %v58 = arith.addi %v56, %v57 : i64
            %v59 = arith.addi %v53, %v58 : i64
            %v60 = llvm.getelementptr %ckpt_m[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v54, %v60 : f32, !llvm.ptr
          }
        }
        // end save
        %v61 = arith.subi %v38, %v44 : i64
        %v62 = arith.minsi %v61, %v39 : i64
        %v64 = arith.divui %v62, %v63 : i64
        %v65 = arith.index_cast %v32 : i64 to index
        %v66 = arith.index_cast %v64 : i64 to index
        %v67 = arith.index_cast %v1 : i64 to index
        scf.for %v68 = %v65 to %v66 step %v67 {
          %v69 = arith.index_cast %v68 : index to i64
          %v70 = arith.muli %v69, %v63 : i64
          %v71 = arith.addi %v70, %v32 : i64
          %v72 = arith.addi %v70, %v1 : i64
          %v74 = arith.addi %v70, %v73 : i64
          %v76 = arith.addi %v70, %v75 : i64
          %v78 = arith.addi %v70, %v77 : i64
          %v80 = arith.addi %v70, %v79 : i64
          %v82 = arith.addi %v70, %v81 : i64
          %v84 = arith.addi %v70, %v83 : i64
          %v86 = arith.addi %v70, %v85 : i64
          %v88 = arith.addi %v70, %v87 : i64
          %v90 = arith.addi %v70, %v89 : i64
          %v92 = arith.addi %v70, %v91 : i64
          %v94 = arith.addi %v70, %v93 : i64
          %v96 = arith.addi %v70, %v95 : i64
          %v98 = arith.addi %v70, %v97 : i64
          %v100 = arith.addi %v70, %v99 : i64
          %v101 = arith.addi %v44, %v71 : i64
          %v104 = arith.muli %v25, %v103 : i64
          %v105 = arith.muli %v101, %v102 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = arith.muli %v23, %v1 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = llvm.getelementptr %in_fg[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v111 = arith.muli %v25, %v103 : i64
          %v112 = arith.muli %v101, %v102 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = arith.muli %v23, %v1 : i64
          %v115 = arith.addi %v113, %v114 : i64
          %v116 = llvm.getelementptr %in_ig[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.addi %v44, %v72 : i64
          %v119 = arith.muli %v25, %v103 : i64
          %v120 = arith.muli %v118, %v102 : i64
          %v121 = arith.addi %v119, %v120 : i64
          %v122 = arith.muli %v23, %v1 : i64
          %v123 = arith.addi %v121, %v122 : i64
          %v124 = llvm.getelementptr %in_fg[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 : !llvm.ptr -> f32
          %v126 = arith.muli %v25, %v103 : i64
          %v127 = arith.muli %v118, %v102 : i64
          %v128 = arith.addi %v126, %v127 : i64
          %v129 = arith.muli %v23, %v1 : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v131 = llvm.getelementptr %in_ig[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v133 = arith.addi %v44, %v74 : i64
          %v134 = arith.muli %v25, %v103 : i64
          %v135 = arith.muli %v133, %v102 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.muli %v23, %v1 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = llvm.getelementptr %in_fg[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.muli %v25, %v103 : i64
          %v142 = arith.muli %v133, %v102 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.muli %v23, %v1 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = llvm.getelementptr %in_ig[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 : !llvm.ptr -> f32
          %v148 = arith.addi %v44, %v76 : i64
          %v149 = arith.muli %v25, %v103 : i64
          %v150 = arith.muli %v148, %v102 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = arith.muli %v23, %v1 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = llvm.getelementptr %in_fg[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.muli %v25, %v103 : i64
          %v157 = arith.muli %v148, %v102 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.muli %v23, %v1 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = llvm.getelementptr %in_ig[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v163 = arith.addi %v44, %v78 : i64
          %v164 = arith.muli %v25, %v103 : i64
          %v165 = arith.muli %v163, %v102 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.muli %v23, %v1 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = llvm.getelementptr %in_fg[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.muli %v25, %v103 : i64
          %v172 = arith.muli %v163, %v102 : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = arith.muli %v23, %v1 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = llvm.getelementptr %in_ig[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.addi %v44, %v80 : i64
          %v179 = arith.muli %v25, %v103 : i64
          %v180 = arith.muli %v178, %v102 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.muli %v23, %v1 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = llvm.getelementptr %in_fg[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.muli %v25, %v103 : i64
          %v187 = arith.muli %v178, %v102 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v23, %v1 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = llvm.getelementptr %in_ig[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.addi %v44, %v82 : i64
          %v194 = arith.muli %v25, %v103 : i64
          %v195 = arith.muli %v193, %v102 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = arith.muli %v23, %v1 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = llvm.getelementptr %in_fg[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.muli %v25, %v103 : i64
          %v202 = arith.muli %v193, %v102 : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = arith.muli %v23, %v1 : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = llvm.getelementptr %in_ig[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.addi %v44, %v84 : i64
          %v209 = arith.muli %v25, %v103 : i64
          %v210 = arith.muli %v208, %v102 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.muli %v23, %v1 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.getelementptr %in_fg[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v25, %v103 : i64
          %v217 = arith.muli %v208, %v102 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.muli %v23, %v1 : i64
          %v220 = arith.addi %v218, %v219 : i64
          %v221 = llvm.getelementptr %in_ig[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.addi %v44, %v86 : i64
          %v224 = arith.muli %v25, %v103 : i64
          %v225 = arith.muli %v223, %v102 : i64
          %v226 = arith.addi %v224, %v225 : i64
          %v227 = arith.muli %v23, %v1 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = llvm.getelementptr %in_fg[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = arith.muli %v25, %v103 : i64
          %v232 = arith.muli %v223, %v102 : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v234 = arith.muli %v23, %v1 : i64
          %v235 = arith.addi %v233, %v234 : i64
          %v236 = llvm.getelementptr %in_ig[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = arith.addi %v44, %v88 : i64
          %v239 = arith.muli %v25, %v103 : i64
          %v240 = arith.muli %v238, %v102 : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.muli %v23, %v1 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = llvm.getelementptr %in_fg[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v245 = llvm.load %v244 : !llvm.ptr -> f32
          %v246 = arith.muli %v25, %v103 : i64
          %v247 = arith.muli %v238, %v102 : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = arith.muli %v23, %v1 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = llvm.getelementptr %in_ig[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.addi %v44, %v90 : i64
          %v254 = arith.muli %v25, %v103 : i64
          %v255 = arith.muli %v253, %v102 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.muli %v23, %v1 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = llvm.getelementptr %in_fg[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.muli %v25, %v103 : i64
          %v262 = arith.muli %v253, %v102 : i64
          %v263 = arith.addi %v261, %v262 : i64
          %v264 = arith.muli %v23, %v1 : i64
          %v265 = arith.addi %v263, %v264 : i64
          %v266 = llvm.getelementptr %in_ig[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.addi %v44, %v92 : i64
          %v269 = arith.muli %v25, %v103 : i64
          %v270 = arith.muli %v268, %v102 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = arith.muli %v23, %v1 : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = llvm.getelementptr %in_fg[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.muli %v25, %v103 : i64
          %v277 = arith.muli %v268, %v102 : i64
          %v278 = arith.addi %v276, %v277 : i64
          %v279 = arith.muli %v23, %v1 : i64
          %v280 = arith.addi %v278, %v279 : i64
          %v281 = llvm.getelementptr %in_ig[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = arith.addi %v44, %v94 : i64
          %v284 = arith.muli %v25, %v103 : i64
          %v285 = arith.muli %v283, %v102 : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = arith.muli %v23, %v1 : i64
          %v288 = arith.addi %v286, %v287 : i64
          %v289 = llvm.getelementptr %in_fg[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = arith.muli %v25, %v103 : i64
          %v292 = arith.muli %v283, %v102 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.muli %v23, %v1 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = llvm.getelementptr %in_ig[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.addi %v44, %v96 : i64
          %v299 = arith.muli %v25, %v103 : i64
          %v300 = arith.muli %v298, %v102 : i64
          %v301 = arith.addi %v299, %v300 : i64
          %v302 = arith.muli %v23, %v1 : i64
          %v303 = arith.addi %v301, %v302 : i64
          %v304 = llvm.getelementptr %in_fg[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v305 = llvm.load %v304 : !llvm.ptr -> f32
          %v306 = arith.muli %v25, %v103 : i64
          %v307 = arith.muli %v298, %v102 : i64
          %v308 = arith.addi %v306, %v307 : i64
          %v309 = arith.muli %v23, %v1 : i64
          %v310 = arith.addi %v308, %v309 : i64
          %v311 = llvm.getelementptr %in_ig[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v312 = llvm.load %v311 : !llvm.ptr -> f32
          %v313 = arith.addi %v44, %v98 : i64
          %v314 = arith.muli %v25, %v103 : i64
          %v315 = arith.muli %v313, %v102 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.muli %v23, %v1 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = llvm.getelementptr %in_fg[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v320 = llvm.load %v319 : !llvm.ptr -> f32
          %v321 = arith.muli %v25, %v103 : i64
          %v322 = arith.muli %v313, %v102 : i64
          %v323 = arith.addi %v321, %v322 : i64
          %v324 = arith.muli %v23, %v1 : i64
          %v325 = arith.addi %v323, %v324 : i64
          %v326 = llvm.getelementptr %in_ig[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v327 = llvm.load %v326 : !llvm.ptr -> f32
          %v328 = arith.addi %v44, %v100 : i64
          %v329 = arith.muli %v25, %v103 : i64
          %v330 = arith.muli %v328, %v102 : i64
          %v331 = arith.addi %v329, %v330 : i64
          %v332 = arith.muli %v23, %v1 : i64
          %v333 = arith.addi %v331, %v332 : i64
          %v334 = llvm.getelementptr %in_fg[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v335 = llvm.load %v334 : !llvm.ptr -> f32
          %v336 = arith.muli %v25, %v103 : i64
          %v337 = arith.muli %v328, %v102 : i64
          %v338 = arith.addi %v336, %v337 : i64
          %v339 = arith.muli %v23, %v1 : i64
          %v340 = arith.addi %v338, %v339 : i64
          %v341 = llvm.getelementptr %in_ig[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v342 = llvm.load %v341 : !llvm.ptr -> f32
          %v343 = arith.addi %v44, %v71 : i64
          %v344 = arith.negf %v110 : f32
          %v346 = arith.maximumf %v344, %v345 : f32
          %v347 = llvm.call_intrinsic "llvm.fabs.f32"(%v344) : (f32) -> f32
          %v348 = arith.negf %v347 : f32
          %v350 = arith.mulf %v348, %v349 fastmath<contract> : f32
          %v351 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v350) : (f32) -> f32
          %v353 = arith.addf %v352, %v351 fastmath<contract> : f32
          %v354 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v353) : (f32) -> f32
          %v356 = arith.mulf %v354, %v355 fastmath<contract> : f32
          %v358 = arith.mulf %v357, %v351 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v360, %v351 fastmath<contract> : f32
          %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
          %v364 = arith.mulf %v363, %v351 fastmath<contract> : f32
          %v366 = arith.addf %v364, %v365 fastmath<contract> : f32
          %v367 = arith.mulf %v366, %v351 fastmath<contract> : f32
          %v369 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v370 = arith.mulf %v369, %v351 fastmath<contract> : f32
          %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
          %v373 = arith.mulf %v372, %v351 fastmath<contract> : f32
          %v374 = arith.addf %v373, %v352 fastmath<contract> : f32
          %v375 = arith.mulf %v374, %v351 fastmath<contract> : f32
          %v376 = llvm.call_intrinsic "llvm.fabs.f32"(%v351) : (f32) -> f32
          %v378 = arith.cmpf olt, %v376, %v377 : f32
          %v379 = arith.select %v378, %v375, %v356 : f32
          %v380 = arith.addf %v346, %v379 fastmath<contract> : f32
          %v381 = arith.negf %v380 : f32
          %v382 = llvm.load %v4 : !llvm.ptr -> f32
          %v383 = arith.addf %v381, %v382 fastmath<contract> : f32
          %v384 = arith.maximumf %v383, %v117 : f32
          llvm.store %v384, %v4 : f32, !llvm.ptr
          %v385 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v386 = arith.muli %v25, %v103 : i64
            %v387 = arith.muli %v343, %v102 : i64
            %v388 = arith.addi %v386, %v387 : i64
            %v389 = arith.muli %v23, %v1 : i64
            %v390 = arith.addi %v388, %v389 : i64
            %v391 = llvm.getelementptr %out_m_out[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v385, %v391 : f32, !llvm.ptr
          }
          %v392 = arith.subf %v117, %v385 fastmath<contract> : f32
          %v393 = arith.mulf %v392, %v349 fastmath<contract> : f32
          %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
          scf.if %v20 {
            %v395 = arith.muli %v25, %v103 : i64
            %v396 = arith.muli %v343, %v102 : i64
            %v397 = arith.addi %v395, %v396 : i64
            %v398 = arith.muli %v23, %v1 : i64
            %v399 = arith.addi %v397, %v398 : i64
            %v400 = llvm.getelementptr %out_i_stab[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v394, %v400 : f32, !llvm.ptr
          }
          %v401 = arith.addi %v44, %v72 : i64
          %v402 = arith.negf %v125 : f32
          %v403 = arith.maximumf %v402, %v345 : f32
          %v404 = llvm.call_intrinsic "llvm.fabs.f32"(%v402) : (f32) -> f32
          %v405 = arith.negf %v404 : f32
          %v406 = arith.mulf %v405, %v349 fastmath<contract> : f32
          %v407 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v406) : (f32) -> f32
          %v408 = arith.addf %v352, %v407 fastmath<contract> : f32
          %v409 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v408) : (f32) -> f32
          %v410 = arith.mulf %v409, %v355 fastmath<contract> : f32
          %v411 = arith.mulf %v357, %v407 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v359 fastmath<contract> : f32
          %v413 = arith.mulf %v412, %v407 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v362 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v407 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v365 fastmath<contract> : f32
          %v417 = arith.mulf %v416, %v407 fastmath<contract> : f32
          %v418 = arith.addf %v417, %v368 fastmath<contract> : f32
          %v419 = arith.mulf %v418, %v407 fastmath<contract> : f32
          %v420 = arith.addf %v419, %v371 fastmath<contract> : f32
          %v421 = arith.mulf %v420, %v407 fastmath<contract> : f32
          %v422 = arith.addf %v421, %v352 fastmath<contract> : f32
          %v423 = arith.mulf %v422, %v407 fastmath<contract> : f32
          %v424 = llvm.call_intrinsic "llvm.fabs.f32"(%v407) : (f32) -> f32
          %v425 = arith.cmpf olt, %v424, %v377 : f32
          %v426 = arith.select %v425, %v423, %v410 : f32
          %v427 = arith.addf %v403, %v426 fastmath<contract> : f32
          %v428 = arith.negf %v427 : f32
          %v429 = llvm.load %v4 : !llvm.ptr -> f32
          %v430 = arith.addf %v428, %v429 fastmath<contract> : f32
          %v431 = arith.maximumf %v430, %v132 : f32
          llvm.store %v431, %v4 : f32, !llvm.ptr
          %v432 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v433 = arith.muli %v25, %v103 : i64
            %v434 = arith.muli %v401, %v102 : i64
            %v435 = arith.addi %v433, %v434 : i64
            %v436 = arith.muli %v23, %v1 : i64
            %v437 = arith.addi %v435, %v436 : i64
            %v438 = llvm.getelementptr %out_m_out[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v432, %v438 : f32, !llvm.ptr
          }
          %v439 = arith.subf %v132, %v432 fastmath<contract> : f32
          %v440 = arith.mulf %v439, %v349 fastmath<contract> : f32
          %v441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v440) : (f32) -> f32
          scf.if %v20 {
            %v442 = arith.muli %v25, %v103 : i64
            %v443 = arith.muli %v401, %v102 : i64
            %v444 = arith.addi %v442, %v443 : i64
            %v445 = arith.muli %v23, %v1 : i64
            %v446 = arith.addi %v444, %v445 : i64
            %v447 = llvm.getelementptr %out_i_stab[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v441, %v447 : f32, !llvm.ptr
          }
          %v448 = arith.addi %v44, %v74 : i64
          %v449 = arith.negf %v140 : f32
          %v450 = arith.maximumf %v449, %v345 : f32
          %v451 = llvm.call_intrinsic "llvm.fabs.f32"(%v449) : (f32) -> f32
          %v452 = arith.negf %v451 : f32
          %v453 = arith.mulf %v452, %v349 fastmath<contract> : f32
          %v454 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v453) : (f32) -> f32
          %v455 = arith.addf %v352, %v454 fastmath<contract> : f32
          %v456 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v455) : (f32) -> f32
          %v457 = arith.mulf %v456, %v355 fastmath<contract> : f32
          %v458 = arith.mulf %v357, %v454 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v359 fastmath<contract> : f32
          %v460 = arith.mulf %v459, %v454 fastmath<contract> : f32
          %v461 = arith.addf %v460, %v362 fastmath<contract> : f32
          %v462 = arith.mulf %v461, %v454 fastmath<contract> : f32
          %v463 = arith.addf %v462, %v365 fastmath<contract> : f32
          %v464 = arith.mulf %v463, %v454 fastmath<contract> : f32
          %v465 = arith.addf %v464, %v368 fastmath<contract> : f32
          %v466 = arith.mulf %v465, %v454 fastmath<contract> : f32
          %v467 = arith.addf %v466, %v371 fastmath<contract> : f32
          %v468 = arith.mulf %v467, %v454 fastmath<contract> : f32
          %v469 = arith.addf %v468, %v352 fastmath<contract> : f32
          %v470 = arith.mulf %v469, %v454 fastmath<contract> : f32
          %v471 = llvm.call_intrinsic "llvm.fabs.f32"(%v454) : (f32) -> f32
          %v472 = arith.cmpf olt, %v471, %v377 : f32
          %v473 = arith.select %v472, %v470, %v457 : f32
          %v474 = arith.addf %v450, %v473 fastmath<contract> : f32
          %v475 = arith.negf %v474 : f32
          %v476 = llvm.load %v4 : !llvm.ptr -> f32
          %v477 = arith.addf %v475, %v476 fastmath<contract> : f32
          %v478 = arith.maximumf %v477, %v147 : f32
          llvm.store %v478, %v4 : f32, !llvm.ptr
          %v479 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v480 = arith.muli %v25, %v103 : i64
            %v481 = arith.muli %v448, %v102 : i64
            %v482 = arith.addi %v480, %v481 : i64
            %v483 = arith.muli %v23, %v1 : i64
            %v484 = arith.addi %v482, %v483 : i64
            %v485 = llvm.getelementptr %out_m_out[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v479, %v485 : f32, !llvm.ptr
          }
          %v486 = arith.subf %v147, %v479 fastmath<contract> : f32
          %v487 = arith.mulf %v486, %v349 fastmath<contract> : f32
          %v488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v487) : (f32) -> f32
          scf.if %v20 {
            %v489 = arith.muli %v25, %v103 : i64
            %v490 = arith.muli %v448, %v102 : i64
            %v491 = arith.addi %v489, %v490 : i64
            %v492 = arith.muli %v23, %v1 : i64
            %v493 = arith.addi %v491, %v492 : i64
            %v494 = llvm.getelementptr %out_i_stab[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v488, %v494 : f32, !llvm.ptr
          }
          %v495 = arith.addi %v44, %v76 : i64
          %v496 = arith.negf %v155 : f32
          %v497 = arith.maximumf %v496, %v345 : f32
          %v498 = llvm.call_intrinsic "llvm.fabs.f32"(%v496) : (f32) -> f32
          %v499 = arith.negf %v498 : f32
          %v500 = arith.mulf %v499, %v349 fastmath<contract> : f32
          %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
          %v502 = arith.addf %v352, %v501 fastmath<contract> : f32
          %v503 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v502) : (f32) -> f32
          %v504 = arith.mulf %v503, %v355 fastmath<contract> : f32
          %v505 = arith.mulf %v357, %v501 fastmath<contract> : f32
          %v506 = arith.addf %v505, %v359 fastmath<contract> : f32
          %v507 = arith.mulf %v506, %v501 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v362 fastmath<contract> : f32
          %v509 = arith.mulf %v508, %v501 fastmath<contract> : f32
          %v510 = arith.addf %v509, %v365 fastmath<contract> : f32
          %v511 = arith.mulf %v510, %v501 fastmath<contract> : f32
          %v512 = arith.addf %v511, %v368 fastmath<contract> : f32
          %v513 = arith.mulf %v512, %v501 fastmath<contract> : f32
          %v514 = arith.addf %v513, %v371 fastmath<contract> : f32
          %v515 = arith.mulf %v514, %v501 fastmath<contract> : f32
          %v516 = arith.addf %v515, %v352 fastmath<contract> : f32
          %v517 = arith.mulf %v516, %v501 fastmath<contract> : f32
          %v518 = llvm.call_intrinsic "llvm.fabs.f32"(%v501) : (f32) -> f32
          %v519 = arith.cmpf olt, %v518, %v377 : f32
          %v520 = arith.select %v519, %v517, %v504 : f32
          %v521 = arith.addf %v497, %v520 fastmath<contract> : f32
          %v522 = arith.negf %v521 : f32
          %v523 = llvm.load %v4 : !llvm.ptr -> f32
          %v524 = arith.addf %v522, %v523 fastmath<contract> : f32
          %v525 = arith.maximumf %v524, %v162 : f32
          llvm.store %v525, %v4 : f32, !llvm.ptr
          %v526 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v527 = arith.muli %v25, %v103 : i64
            %v528 = arith.muli %v495, %v102 : i64
            %v529 = arith.addi %v527, %v528 : i64
            %v530 = arith.muli %v23, %v1 : i64
            %v531 = arith.addi %v529, %v530 : i64
            %v532 = llvm.getelementptr %out_m_out[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v526, %v532 : f32, !llvm.ptr
          }
          %v533 = arith.subf %v162, %v526 fastmath<contract> : f32
          %v534 = arith.mulf %v533, %v349 fastmath<contract> : f32
          %v535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v534) : (f32) -> f32
          scf.if %v20 {
            %v536 = arith.muli %v25, %v103 : i64
            %v537 = arith.muli %v495, %v102 : i64
            %v538 = arith.addi %v536, %v537 : i64
            %v539 = arith.muli %v23, %v1 : i64
            %v540 = arith.addi %v538, %v539 : i64
            %v541 = llvm.getelementptr %out_i_stab[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v535, %v541 : f32, !llvm.ptr
          }
          %v542 = arith.addi %v44, %v78 : i64
          %v543 = arith.negf %v170 : f32
          %v544 = arith.maximumf %v543, %v345 : f32
          %v545 = llvm.call_intrinsic "llvm.fabs.f32"(%v543) : (f32) -> f32
          %v546 = arith.negf %v545 : f32
          %v547 = arith.mulf %v546, %v349 fastmath<contract> : f32
          %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
          %v549 = arith.addf %v352, %v548 fastmath<contract> : f32
          %v550 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v549) : (f32) -> f32
          %v551 = arith.mulf %v550, %v355 fastmath<contract> : f32
          %v552 = arith.mulf %v357, %v548 fastmath<contract> : f32
          %v553 = arith.addf %v552, %v359 fastmath<contract> : f32
          %v554 = arith.mulf %v553, %v548 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v362 fastmath<contract> : f32
          %v556 = arith.mulf %v555, %v548 fastmath<contract> : f32
          %v557 = arith.addf %v556, %v365 fastmath<contract> : f32
          %v558 = arith.mulf %v557, %v548 fastmath<contract> : f32
          %v559 = arith.addf %v558, %v368 fastmath<contract> : f32
          %v560 = arith.mulf %v559, %v548 fastmath<contract> : f32
          %v561 = arith.addf %v560, %v371 fastmath<contract> : f32
          %v562 = arith.mulf %v561, %v548 fastmath<contract> : f32
          %v563 = arith.addf %v562, %v352 fastmath<contract> : f32
          %v564 = arith.mulf %v563, %v548 fastmath<contract> : f32
          %v565 = llvm.call_intrinsic "llvm.fabs.f32"(%v548) : (f32) -> f32
          %v566 = arith.cmpf olt, %v565, %v377 : f32
          %v567 = arith.select %v566, %v564, %v551 : f32
          %v568 = arith.addf %v544, %v567 fastmath<contract> : f32
          %v569 = arith.negf %v568 : f32
          %v570 = llvm.load %v4 : !llvm.ptr -> f32
          %v571 = arith.addf %v569, %v570 fastmath<contract> : f32
          %v572 = arith.maximumf %v571, %v177 : f32
          llvm.store %v572, %v4 : f32, !llvm.ptr
          %v573 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v574 = arith.muli %v25, %v103 : i64
            %v575 = arith.muli %v542, %v102 : i64
            %v576 = arith.addi %v574, %v575 : i64
            %v577 = arith.muli %v23, %v1 : i64
            %v578 = arith.addi %v576, %v577 : i64
            %v579 = llvm.getelementptr %out_m_out[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v573, %v579 : f32, !llvm.ptr
          }
          %v580 = arith.subf %v177, %v573 fastmath<contract> : f32
          %v581 = arith.mulf %v580, %v349 fastmath<contract> : f32
          %v582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v581) : (f32) -> f32
          scf.if %v20 {
            %v583 = arith.muli %v25, %v103 : i64
            %v584 = arith.muli %v542, %v102 : i64
            %v585 = arith.addi %v583, %v584 : i64
            %v586 = arith.muli %v23, %v1 : i64
            %v587 = arith.addi %v585, %v586 : i64
            %v588 = llvm.getelementptr %out_i_stab[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v582, %v588 : f32, !llvm.ptr
          }
          %v589 = arith.addi %v44, %v80 : i64
          %v590 = arith.negf %v185 : f32
          %v591 = arith.maximumf %v590, %v345 : f32
          %v592 = llvm.call_intrinsic "llvm.fabs.f32"(%v590) : (f32) -> f32
          %v593 = arith.negf %v592 : f32
          %v594 = arith.mulf %v593, %v349 fastmath<contract> : f32
          %v595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v594) : (f32) -> f32
          %v596 = arith.addf %v352, %v595 fastmath<contract> : f32
          %v597 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v596) : (f32) -> f32
          %v598 = arith.mulf %v597, %v355 fastmath<contract> : f32
          %v599 = arith.mulf %v357, %v595 fastmath<contract> : f32
          %v600 = arith.addf %v599, %v359 fastmath<contract> : f32
          %v601 = arith.mulf %v600, %v595 fastmath<contract> : f32
          %v602 = arith.addf %v601, %v362 fastmath<contract> : f32
          %v603 = arith.mulf %v602, %v595 fastmath<contract> : f32
          %v604 = arith.addf %v603, %v365 fastmath<contract> : f32
          %v605 = arith.mulf %v604, %v595 fastmath<contract> : f32
          %v606 = arith.addf %v605, %v368 fastmath<contract> : f32
          %v607 = arith.mulf %v606, %v595 fastmath<contract> : f32
          %v608 = arith.addf %v607, %v371 fastmath<contract> : f32
          %v609 = arith.mulf %v608, %v595 fastmath<contract> : f32
          %v610 = arith.addf %v609, %v352 fastmath<contract> : f32
          %v611 = arith.mulf %v610, %v595 fastmath<contract> : f32
          %v612 = llvm.call_intrinsic "llvm.fabs.f32"(%v595) : (f32) -> f32
          %v613 = arith.cmpf olt, %v612, %v377 : f32
          %v614 = arith.select %v613, %v611, %v598 : f32
          %v615 = arith.addf %v591, %v614 fastmath<contract> : f32
          %v616 = arith.negf %v615 : f32
          %v617 = llvm.load %v4 : !llvm.ptr -> f32
          %v618 = arith.addf %v616, %v617 fastmath<contract> : f32
          %v619 = arith.maximumf %v618, %v192 : f32
          llvm.store %v619, %v4 : f32, !llvm.ptr
          %v620 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v621 = arith.muli %v25, %v103 : i64
            %v622 = arith.muli %v589, %v102 : i64
            %v623 = arith.addi %v621, %v622 : i64
            %v624 = arith.muli %v23, %v1 : i64
            %v625 = arith.addi %v623, %v624 : i64
            %v626 = llvm.getelementptr %out_m_out[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v620, %v626 : f32, !llvm.ptr
          }
          %v627 = arith.subf %v192, %v620 fastmath<contract> : f32
          %v628 = arith.mulf %v627, %v349 fastmath<contract> : f32
          %v629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v628) : (f32) -> f32
          scf.if %v20 {
            %v630 = arith.muli %v25, %v103 : i64
            %v631 = arith.muli %v589, %v102 : i64
            %v632 = arith.addi %v630, %v631 : i64
            %v633 = arith.muli %v23, %v1 : i64
            %v634 = arith.addi %v632, %v633 : i64
            %v635 = llvm.getelementptr %out_i_stab[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v629, %v635 : f32, !llvm.ptr
          }
          %v636 = arith.addi %v44, %v82 : i64
          %v637 = arith.negf %v200 : f32
          %v638 = arith.maximumf %v637, %v345 : f32
          %v639 = llvm.call_intrinsic "llvm.fabs.f32"(%v637) : (f32) -> f32
          %v640 = arith.negf %v639 : f32
          %v641 = arith.mulf %v640, %v349 fastmath<contract> : f32
          %v642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v641) : (f32) -> f32
          %v643 = arith.addf %v352, %v642 fastmath<contract> : f32
          %v644 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v643) : (f32) -> f32
          %v645 = arith.mulf %v644, %v355 fastmath<contract> : f32
          %v646 = arith.mulf %v357, %v642 fastmath<contract> : f32
          %v647 = arith.addf %v646, %v359 fastmath<contract> : f32
          %v648 = arith.mulf %v647, %v642 fastmath<contract> : f32
          %v649 = arith.addf %v648, %v362 fastmath<contract> : f32
          %v650 = arith.mulf %v649, %v642 fastmath<contract> : f32
          %v651 = arith.addf %v650, %v365 fastmath<contract> : f32
          %v652 = arith.mulf %v651, %v642 fastmath<contract> : f32
          %v653 = arith.addf %v652, %v368 fastmath<contract> : f32
          %v654 = arith.mulf %v653, %v642 fastmath<contract> : f32
          %v655 = arith.addf %v654, %v371 fastmath<contract> : f32
          %v656 = arith.mulf %v655, %v642 fastmath<contract> : f32
          %v657 = arith.addf %v656, %v352 fastmath<contract> : f32
          %v658 = arith.mulf %v657, %v642 fastmath<contract> : f32
          %v659 = llvm.call_intrinsic "llvm.fabs.f32"(%v642) : (f32) -> f32
          %v660 = arith.cmpf olt, %v659, %v377 : f32
          %v661 = arith.select %v660, %v658, %v645 : f32
          %v662 = arith.addf %v638, %v661 fastmath<contract> : f32
          %v663 = arith.negf %v662 : f32
          %v664 = llvm.load %v4 : !llvm.ptr -> f32
          %v665 = arith.addf %v663, %v664 fastmath<contract> : f32
          %v666 = arith.maximumf %v665, %v207 : f32
          llvm.store %v666, %v4 : f32, !llvm.ptr
          %v667 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v668 = arith.muli %v25, %v103 : i64
            %v669 = arith.muli %v636, %v102 : i64
            %v670 = arith.addi %v668, %v669 : i64
            %v671 = arith.muli %v23, %v1 : i64
            %v672 = arith.addi %v670, %v671 : i64
            %v673 = llvm.getelementptr %out_m_out[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v667, %v673 : f32, !llvm.ptr
          }
          %v674 = arith.subf %v207, %v667 fastmath<contract> : f32
          %v675 = arith.mulf %v674, %v349 fastmath<contract> : f32
          %v676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v675) : (f32) -> f32
          scf.if %v20 {
            %v677 = arith.muli %v25, %v103 : i64
            %v678 = arith.muli %v636, %v102 : i64
            %v679 = arith.addi %v677, %v678 : i64
            %v680 = arith.muli %v23, %v1 : i64
            %v681 = arith.addi %v679, %v680 : i64
            %v682 = llvm.getelementptr %out_i_stab[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v676, %v682 : f32, !llvm.ptr
          }
          %v683 = arith.addi %v44, %v84 : i64
          %v684 = arith.negf %v215 : f32
          %v685 = arith.maximumf %v684, %v345 : f32
          %v686 = llvm.call_intrinsic "llvm.fabs.f32"(%v684) : (f32) -> f32
          %v687 = arith.negf %v686 : f32
          %v688 = arith.mulf %v687, %v349 fastmath<contract> : f32
          %v689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v688) : (f32) -> f32
          %v690 = arith.addf %v352, %v689 fastmath<contract> : f32
          %v691 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v690) : (f32) -> f32
          %v692 = arith.mulf %v691, %v355 fastmath<contract> : f32
          %v693 = arith.mulf %v357, %v689 fastmath<contract> : f32
          %v694 = arith.addf %v693, %v359 fastmath<contract> : f32
          %v695 = arith.mulf %v694, %v689 fastmath<contract> : f32
          %v696 = arith.addf %v695, %v362 fastmath<contract> : f32
          %v697 = arith.mulf %v696, %v689 fastmath<contract> : f32
          %v698 = arith.addf %v697, %v365 fastmath<contract> : f32
          %v699 = arith.mulf %v698, %v689 fastmath<contract> : f32
          %v700 = arith.addf %v699, %v368 fastmath<contract> : f32
          %v701 = arith.mulf %v700, %v689 fastmath<contract> : f32
          %v702 = arith.addf %v701, %v371 fastmath<contract> : f32
          %v703 = arith.mulf %v702, %v689 fastmath<contract> : f32
          %v704 = arith.addf %v703, %v352 fastmath<contract> : f32
          %v705 = arith.mulf %v704, %v689 fastmath<contract> : f32
          %v706 = llvm.call_intrinsic "llvm.fabs.f32"(%v689) : (f32) -> f32
          %v707 = arith.cmpf olt, %v706, %v377 : f32
          %v708 = arith.select %v707, %v705, %v692 : f32
          %v709 = arith.addf %v685, %v708 fastmath<contract> : f32
          %v710 = arith.negf %v709 : f32
          %v711 = llvm.load %v4 : !llvm.ptr -> f32
          %v712 = arith.addf %v710, %v711 fastmath<contract> : f32
          %v713 = arith.maximumf %v712, %v222 : f32
          llvm.store %v713, %v4 : f32, !llvm.ptr
          %v714 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v715 = arith.muli %v25, %v103 : i64
            %v716 = arith.muli %v683, %v102 : i64
            %v717 = arith.addi %v715, %v716 : i64
            %v718 = arith.muli %v23, %v1 : i64
            %v719 = arith.addi %v717, %v718 : i64
            %v720 = llvm.getelementptr %out_m_out[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v714, %v720 : f32, !llvm.ptr
          }
          %v721 = arith.subf %v222, %v714 fastmath<contract> : f32
          %v722 = arith.mulf %v721, %v349 fastmath<contract> : f32
          %v723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v722) : (f32) -> f32
          scf.if %v20 {
            %v724 = arith.muli %v25, %v103 : i64
            %v725 = arith.muli %v683, %v102 : i64
            %v726 = arith.addi %v724, %v725 : i64
            %v727 = arith.muli %v23, %v1 : i64
            %v728 = arith.addi %v726, %v727 : i64
            %v729 = llvm.getelementptr %out_i_stab[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v723, %v729 : f32, !llvm.ptr
          }
          %v730 = arith.addi %v44, %v86 : i64
          %v731 = arith.negf %v230 : f32
          %v732 = arith.maximumf %v731, %v345 : f32
          %v733 = llvm.call_intrinsic "llvm.fabs.f32"(%v731) : (f32) -> f32
          %v734 = arith.negf %v733 : f32
          %v735 = arith.mulf %v734, %v349 fastmath<contract> : f32
          %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
          %v737 = arith.addf %v352, %v736 fastmath<contract> : f32
          %v738 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v737) : (f32) -> f32
          %v739 = arith.mulf %v738, %v355 fastmath<contract> : f32
          %v740 = arith.mulf %v357, %v736 fastmath<contract> : f32
          %v741 = arith.addf %v740, %v359 fastmath<contract> : f32
          %v742 = arith.mulf %v741, %v736 fastmath<contract> : f32
          %v743 = arith.addf %v742, %v362 fastmath<contract> : f32
          %v744 = arith.mulf %v743, %v736 fastmath<contract> : f32
          %v745 = arith.addf %v744, %v365 fastmath<contract> : f32
          %v746 = arith.mulf %v745, %v736 fastmath<contract> : f32
          %v747 = arith.addf %v746, %v368 fastmath<contract> : f32
          %v748 = arith.mulf %v747, %v736 fastmath<contract> : f32
          %v749 = arith.addf %v748, %v371 fastmath<contract> : f32
          %v750 = arith.mulf %v749, %v736 fastmath<contract> : f32
          %v751 = arith.addf %v750, %v352 fastmath<contract> : f32
          %v752 = arith.mulf %v751, %v736 fastmath<contract> : f32
          %v753 = llvm.call_intrinsic "llvm.fabs.f32"(%v736) : (f32) -> f32
          %v754 = arith.cmpf olt, %v753, %v377 : f32
          %v755 = arith.select %v754, %v752, %v739 : f32
          %v756 = arith.addf %v732, %v755 fastmath<contract> : f32
          %v757 = arith.negf %v756 : f32
          %v758 = llvm.load %v4 : !llvm.ptr -> f32
          %v759 = arith.addf %v757, %v758 fastmath<contract> : f32
          %v760 = arith.maximumf %v759, %v237 : f32
          llvm.store %v760, %v4 : f32, !llvm.ptr
          %v761 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v762 = arith.muli %v25, %v103 : i64
            %v763 = arith.muli %v730, %v102 : i64
            %v764 = arith.addi %v762, %v763 : i64
            %v765 = arith.muli %v23, %v1 : i64
            %v766 = arith.addi %v764, %v765 : i64
            %v767 = llvm.getelementptr %out_m_out[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v761, %v767 : f32, !llvm.ptr
          }
          %v768 = arith.subf %v237, %v761 fastmath<contract> : f32
          %v769 = arith.mulf %v768, %v349 fastmath<contract> : f32
          %v770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v769) : (f32) -> f32
          scf.if %v20 {
            %v771 = arith.muli %v25, %v103 : i64
            %v772 = arith.muli %v730, %v102 : i64
            %v773 = arith.addi %v771, %v772 : i64
            %v774 = arith.muli %v23, %v1 : i64
            %v775 = arith.addi %v773, %v774 : i64
            %v776 = llvm.getelementptr %out_i_stab[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v770, %v776 : f32, !llvm.ptr
          }
          %v777 = arith.addi %v44, %v88 : i64
          %v778 = arith.negf %v245 : f32
          %v779 = arith.maximumf %v778, %v345 : f32
          %v780 = llvm.call_intrinsic "llvm.fabs.f32"(%v778) : (f32) -> f32
          %v781 = arith.negf %v780 : f32
          %v782 = arith.mulf %v781, %v349 fastmath<contract> : f32
          %v783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v782) : (f32) -> f32
          %v784 = arith.addf %v352, %v783 fastmath<contract> : f32
          %v785 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v784) : (f32) -> f32
          %v786 = arith.mulf %v785, %v355 fastmath<contract> : f32
          %v787 = arith.mulf %v357, %v783 fastmath<contract> : f32
          %v788 = arith.addf %v787, %v359 fastmath<contract> : f32
          %v789 = arith.mulf %v788, %v783 fastmath<contract> : f32
          %v790 = arith.addf %v789, %v362 fastmath<contract> : f32
          %v791 = arith.mulf %v790, %v783 fastmath<contract> : f32
          %v792 = arith.addf %v791, %v365 fastmath<contract> : f32
          %v793 = arith.mulf %v792, %v783 fastmath<contract> : f32
          %v794 = arith.addf %v793, %v368 fastmath<contract> : f32
          %v795 = arith.mulf %v794, %v783 fastmath<contract> : f32
          %v796 = arith.addf %v795, %v371 fastmath<contract> : f32
          %v797 = arith.mulf %v796, %v783 fastmath<contract> : f32
          %v798 = arith.addf %v797, %v352 fastmath<contract> : f32
          %v799 = arith.mulf %v798, %v783 fastmath<contract> : f32
          %v800 = llvm.call_intrinsic "llvm.fabs.f32"(%v783) : (f32) -> f32
          %v801 = arith.cmpf olt, %v800, %v377 : f32
          %v802 = arith.select %v801, %v799, %v786 : f32
          %v803 = arith.addf %v779, %v802 fastmath<contract> : f32
          %v804 = arith.negf %v803 : f32
          %v805 = llvm.load %v4 : !llvm.ptr -> f32
          %v806 = arith.addf %v804, %v805 fastmath<contract> : f32
          %v807 = arith.maximumf %v806, %v252 : f32
          llvm.store %v807, %v4 : f32, !llvm.ptr
          %v808 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v809 = arith.muli %v25, %v103 : i64
            %v810 = arith.muli %v777, %v102 : i64
            %v811 = arith.addi %v809, %v810 : i64
            %v812 = arith.muli %v23, %v1 : i64
            %v813 = arith.addi %v811, %v812 : i64
            %v814 = llvm.getelementptr %out_m_out[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v808, %v814 : f32, !llvm.ptr
          }
          %v815 = arith.subf %v252, %v808 fastmath<contract> : f32
          %v816 = arith.mulf %v815, %v349 fastmath<contract> : f32
          %v817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v816) : (f32) -> f32
          scf.if %v20 {
            %v818 = arith.muli %v25, %v103 : i64
            %v819 = arith.muli %v777, %v102 : i64
            %v820 = arith.addi %v818, %v819 : i64
            %v821 = arith.muli %v23, %v1 : i64
            %v822 = arith.addi %v820, %v821 : i64
            %v823 = llvm.getelementptr %out_i_stab[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v817, %v823 : f32, !llvm.ptr
          }
          %v824 = arith.addi %v44, %v90 : i64
          %v825 = arith.negf %v260 : f32
          %v826 = arith.maximumf %v825, %v345 : f32
          %v827 = llvm.call_intrinsic "llvm.fabs.f32"(%v825) : (f32) -> f32
          %v828 = arith.negf %v827 : f32
          %v829 = arith.mulf %v828, %v349 fastmath<contract> : f32
          %v830 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v829) : (f32) -> f32
          %v831 = arith.addf %v352, %v830 fastmath<contract> : f32
          %v832 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v831) : (f32) -> f32
          %v833 = arith.mulf %v832, %v355 fastmath<contract> : f32
          %v834 = arith.mulf %v357, %v830 fastmath<contract> : f32
          %v835 = arith.addf %v834, %v359 fastmath<contract> : f32
          %v836 = arith.mulf %v835, %v830 fastmath<contract> : f32
          %v837 = arith.addf %v836, %v362 fastmath<contract> : f32
          %v838 = arith.mulf %v837, %v830 fastmath<contract> : f32
          %v839 = arith.addf %v838, %v365 fastmath<contract> : f32
          %v840 = arith.mulf %v839, %v830 fastmath<contract> : f32
          %v841 = arith.addf %v840, %v368 fastmath<contract> : f32
          %v842 = arith.mulf %v841, %v830 fastmath<contract> : f32
          %v843 = arith.addf %v842, %v371 fastmath<contract> : f32
          %v844 = arith.mulf %v843, %v830 fastmath<contract> : f32
          %v845 = arith.addf %v844, %v352 fastmath<contract> : f32
          %v846 = arith.mulf %v845, %v830 fastmath<contract> : f32
          %v847 = llvm.call_intrinsic "llvm.fabs.f32"(%v830) : (f32) -> f32
          %v848 = arith.cmpf olt, %v847, %v377 : f32
          %v849 = arith.select %v848, %v846, %v833 : f32
          %v850 = arith.addf %v826, %v849 fastmath<contract> : f32
          %v851 = arith.negf %v850 : f32
          %v852 = llvm.load %v4 : !llvm.ptr -> f32
          %v853 = arith.addf %v851, %v852 fastmath<contract> : f32
          %v854 = arith.maximumf %v853, %v267 : f32
          llvm.store %v854, %v4 : f32, !llvm.ptr
          %v855 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v856 = arith.muli %v25, %v103 : i64
            %v857 = arith.muli %v824, %v102 : i64
            %v858 = arith.addi %v856, %v857 : i64
            %v859 = arith.muli %v23, %v1 : i64
            %v860 = arith.addi %v858, %v859 : i64
            %v861 = llvm.getelementptr %out_m_out[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v855, %v861 : f32, !llvm.ptr
          }
          %v862 = arith.subf %v267, %v855 fastmath<contract> : f32
          %v863 = arith.mulf %v862, %v349 fastmath<contract> : f32
          %v864 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v863) : (f32) -> f32
          scf.if %v20 {
            %v865 = arith.muli %v25, %v103 : i64
            %v866 = arith.muli %v824, %v102 : i64
            %v867 = arith.addi %v865, %v866 : i64
            %v868 = arith.muli %v23, %v1 : i64
            %v869 = arith.addi %v867, %v868 : i64
            %v870 = llvm.getelementptr %out_i_stab[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v864, %v870 : f32, !llvm.ptr
          }
          %v871 = arith.addi %v44, %v92 : i64
          %v872 = arith.negf %v275 : f32
          %v873 = arith.maximumf %v872, %v345 : f32
          %v874 = llvm.call_intrinsic "llvm.fabs.f32"(%v872) : (f32) -> f32
          %v875 = arith.negf %v874 : f32
          %v876 = arith.mulf %v875, %v349 fastmath<contract> : f32
          %v877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v876) : (f32) -> f32
          %v878 = arith.addf %v352, %v877 fastmath<contract> : f32
          %v879 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v878) : (f32) -> f32
          %v880 = arith.mulf %v879, %v355 fastmath<contract> : f32
          %v881 = arith.mulf %v357, %v877 fastmath<contract> : f32
          %v882 = arith.addf %v881, %v359 fastmath<contract> : f32
          %v883 = arith.mulf %v882, %v877 fastmath<contract> : f32
          %v884 = arith.addf %v883, %v362 fastmath<contract> : f32
          %v885 = arith.mulf %v884, %v877 fastmath<contract> : f32
          %v886 = arith.addf %v885, %v365 fastmath<contract> : f32
          %v887 = arith.mulf %v886, %v877 fastmath<contract> : f32
          %v888 = arith.addf %v887, %v368 fastmath<contract> : f32
          %v889 = arith.mulf %v888, %v877 fastmath<contract> : f32
          %v890 = arith.addf %v889, %v371 fastmath<contract> : f32
          %v891 = arith.mulf %v890, %v877 fastmath<contract> : f32
          %v892 = arith.addf %v891, %v352 fastmath<contract> : f32
          %v893 = arith.mulf %v892, %v877 fastmath<contract> : f32
          %v894 = llvm.call_intrinsic "llvm.fabs.f32"(%v877) : (f32) -> f32
          %v895 = arith.cmpf olt, %v894, %v377 : f32
          %v896 = arith.select %v895, %v893, %v880 : f32
          %v897 = arith.addf %v873, %v896 fastmath<contract> : f32
          %v898 = arith.negf %v897 : f32
          %v899 = llvm.load %v4 : !llvm.ptr -> f32
          %v900 = arith.addf %v898, %v899 fastmath<contract> : f32
          %v901 = arith.maximumf %v900, %v282 : f32
          llvm.store %v901, %v4 : f32, !llvm.ptr
          %v902 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v903 = arith.muli %v25, %v103 : i64
            %v904 = arith.muli %v871, %v102 : i64
            %v905 = arith.addi %v903, %v904 : i64
            %v906 = arith.muli %v23, %v1 : i64
            %v907 = arith.addi %v905, %v906 : i64
            %v908 = llvm.getelementptr %out_m_out[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v902, %v908 : f32, !llvm.ptr
          }
          %v909 = arith.subf %v282, %v902 fastmath<contract> : f32
          %v910 = arith.mulf %v909, %v349 fastmath<contract> : f32
          %v911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v910) : (f32) -> f32
          scf.if %v20 {
            %v912 = arith.muli %v25, %v103 : i64
            %v913 = arith.muli %v871, %v102 : i64
            %v914 = arith.addi %v912, %v913 : i64
            %v915 = arith.muli %v23, %v1 : i64
            %v916 = arith.addi %v914, %v915 : i64
            %v917 = llvm.getelementptr %out_i_stab[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v911, %v917 : f32, !llvm.ptr
          }
          %v918 = arith.addi %v44, %v94 : i64
          %v919 = arith.negf %v290 : f32
          %v920 = arith.maximumf %v919, %v345 : f32
          %v921 = llvm.call_intrinsic "llvm.fabs.f32"(%v919) : (f32) -> f32
          %v922 = arith.negf %v921 : f32
          %v923 = arith.mulf %v922, %v349 fastmath<contract> : f32
          %v924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v923) : (f32) -> f32
          %v925 = arith.addf %v352, %v924 fastmath<contract> : f32
          %v926 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v925) : (f32) -> f32
          %v927 = arith.mulf %v926, %v355 fastmath<contract> : f32
          %v928 = arith.mulf %v357, %v924 fastmath<contract> : f32
          %v929 = arith.addf %v928, %v359 fastmath<contract> : f32
          %v930 = arith.mulf %v929, %v924 fastmath<contract> : f32
          %v931 = arith.addf %v930, %v362 fastmath<contract> : f32
          %v932 = arith.mulf %v931, %v924 fastmath<contract> : f32
          %v933 = arith.addf %v932, %v365 fastmath<contract> : f32
          %v934 = arith.mulf %v933, %v924 fastmath<contract> : f32
          %v935 = arith.addf %v934, %v368 fastmath<contract> : f32
          %v936 = arith.mulf %v935, %v924 fastmath<contract> : f32
          %v937 = arith.addf %v936, %v371 fastmath<contract> : f32
          %v938 = arith.mulf %v937, %v924 fastmath<contract> : f32
          %v939 = arith.addf %v938, %v352 fastmath<contract> : f32
          %v940 = arith.mulf %v939, %v924 fastmath<contract> : f32
          %v941 = llvm.call_intrinsic "llvm.fabs.f32"(%v924) : (f32) -> f32
          %v942 = arith.cmpf olt, %v941, %v377 : f32
          %v943 = arith.select %v942, %v940, %v927 : f32
          %v944 = arith.addf %v920, %v943 fastmath<contract> : f32
          %v945 = arith.negf %v944 : f32
          %v946 = llvm.load %v4 : !llvm.ptr -> f32
          %v947 = arith.addf %v945, %v946 fastmath<contract> : f32
          %v948 = arith.maximumf %v947, %v297 : f32
          llvm.store %v948, %v4 : f32, !llvm.ptr
          %v949 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v950 = arith.muli %v25, %v103 : i64
            %v951 = arith.muli %v918, %v102 : i64
            %v952 = arith.addi %v950, %v951 : i64
            %v953 = arith.muli %v23, %v1 : i64
            %v954 = arith.addi %v952, %v953 : i64
            %v955 = llvm.getelementptr %out_m_out[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v949, %v955 : f32, !llvm.ptr
          }
          %v956 = arith.subf %v297, %v949 fastmath<contract> : f32
          %v957 = arith.mulf %v956, %v349 fastmath<contract> : f32
          %v958 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v957) : (f32) -> f32
          scf.if %v20 {
            %v959 = arith.muli %v25, %v103 : i64
            %v960 = arith.muli %v918, %v102 : i64
            %v961 = arith.addi %v959, %v960 : i64
            %v962 = arith.muli %v23, %v1 : i64
            %v963 = arith.addi %v961, %v962 : i64
            %v964 = llvm.getelementptr %out_i_stab[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v958, %v964 : f32, !llvm.ptr
          }
          %v965 = arith.addi %v44, %v96 : i64
          %v966 = arith.negf %v305 : f32
          %v967 = arith.maximumf %v966, %v345 : f32
          %v968 = llvm.call_intrinsic "llvm.fabs.f32"(%v966) : (f32) -> f32
          %v969 = arith.negf %v968 : f32
          %v970 = arith.mulf %v969, %v349 fastmath<contract> : f32
          %v971 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v970) : (f32) -> f32
          %v972 = arith.addf %v352, %v971 fastmath<contract> : f32
          %v973 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v972) : (f32) -> f32
          %v974 = arith.mulf %v973, %v355 fastmath<contract> : f32
          %v975 = arith.mulf %v357, %v971 fastmath<contract> : f32
          %v976 = arith.addf %v975, %v359 fastmath<contract> : f32
          %v977 = arith.mulf %v976, %v971 fastmath<contract> : f32
          %v978 = arith.addf %v977, %v362 fastmath<contract> : f32
          %v979 = arith.mulf %v978, %v971 fastmath<contract> : f32
          %v980 = arith.addf %v979, %v365 fastmath<contract> : f32
          %v981 = arith.mulf %v980, %v971 fastmath<contract> : f32
          %v982 = arith.addf %v981, %v368 fastmath<contract> : f32
          %v983 = arith.mulf %v982, %v971 fastmath<contract> : f32
          %v984 = arith.addf %v983, %v371 fastmath<contract> : f32
          %v985 = arith.mulf %v984, %v971 fastmath<contract> : f32
          %v986 = arith.addf %v985, %v352 fastmath<contract> : f32
          %v987 = arith.mulf %v986, %v971 fastmath<contract> : f32
          %v988 = llvm.call_intrinsic "llvm.fabs.f32"(%v971) : (f32) -> f32
          %v989 = arith.cmpf olt, %v988, %v377 : f32
          %v990 = arith.select %v989, %v987, %v974 : f32
          %v991 = arith.addf %v967, %v990 fastmath<contract> : f32
          %v992 = arith.negf %v991 : f32
          %v993 = llvm.load %v4 : !llvm.ptr -> f32
          %v994 = arith.addf %v992, %v993 fastmath<contract> : f32
          %v995 = arith.maximumf %v994, %v312 : f32
          llvm.store %v995, %v4 : f32, !llvm.ptr
          %v996 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v997 = arith.muli %v25, %v103 : i64
            %v998 = arith.muli %v965, %v102 : i64
            %v999 = arith.addi %v997, %v998 : i64
            %v1000 = arith.muli %v23, %v1 : i64
            %v1001 = arith.addi %v999, %v1000 : i64
            %v1002 = llvm.getelementptr %out_m_out[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v996, %v1002 : f32, !llvm.ptr
          }
          %v1003 = arith.subf %v312, %v996 fastmath<contract> : f32
          %v1004 = arith.mulf %v1003, %v349 fastmath<contract> : f32
          %v1005 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1004) : (f32) -> f32
          scf.if %v20 {
            %v1006 = arith.muli %v25, %v103 : i64
            %v1007 = arith.muli %v965, %v102 : i64
            %v1008 = arith.addi %v1006, %v1007 : i64
            %v1009 = arith.muli %v23, %v1 : i64
            %v1010 = arith.addi %v1008, %v1009 : i64
            %v1011 = llvm.getelementptr %out_i_stab[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1005, %v1011 : f32, !llvm.ptr
          }
          %v1012 = arith.addi %v44, %v98 : i64
          %v1013 = arith.negf %v320 : f32
          %v1014 = arith.maximumf %v1013, %v345 : f32
          %v1015 = llvm.call_intrinsic "llvm.fabs.f32"(%v1013) : (f32) -> f32
          %v1016 = arith.negf %v1015 : f32
          %v1017 = arith.mulf %v1016, %v349 fastmath<contract> : f32
          %v1018 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1017) : (f32) -> f32
          %v1019 = arith.addf %v352, %v1018 fastmath<contract> : f32
          %v1020 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1019) : (f32) -> f32
          %v1021 = arith.mulf %v1020, %v355 fastmath<contract> : f32
          %v1022 = arith.mulf %v357, %v1018 fastmath<contract> : f32
          %v1023 = arith.addf %v1022, %v359 fastmath<contract> : f32
          %v1024 = arith.mulf %v1023, %v1018 fastmath<contract> : f32
          %v1025 = arith.addf %v1024, %v362 fastmath<contract> : f32
          %v1026 = arith.mulf %v1025, %v1018 fastmath<contract> : f32
          %v1027 = arith.addf %v1026, %v365 fastmath<contract> : f32
          %v1028 = arith.mulf %v1027, %v1018 fastmath<contract> : f32
          %v1029 = arith.addf %v1028, %v368 fastmath<contract> : f32
          %v1030 = arith.mulf %v1029, %v1018 fastmath<contract> : f32
          %v1031 = arith.addf %v1030, %v371 fastmath<contract> : f32
          %v1032 = arith.mulf %v1031, %v1018 fastmath<contract> : f32
          %v1033 = arith.addf %v1032, %v352 fastmath<contract> : f32
          %v1034 = arith.mulf %v1033, %v1018 fastmath<contract> : f32
          %v1035 = llvm.call_intrinsic "llvm.fabs.f32"(%v1018) : (f32) -> f32
          %v1036 = arith.cmpf olt, %v1035, %v377 : f32
          %v1037 = arith.select %v1036, %v1034, %v1021 : f32
          %v1038 = arith.addf %v1014, %v1037 fastmath<contract> : f32
          %v1039 = arith.negf %v1038 : f32
          %v1040 = llvm.load %v4 : !llvm.ptr -> f32
          %v1041 = arith.addf %v1039, %v1040 fastmath<contract> : f32
          %v1042 = arith.maximumf %v1041, %v327 : f32
          llvm.store %v1042, %v4 : f32, !llvm.ptr
          %v1043 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v1044 = arith.muli %v25, %v103 : i64
            %v1045 = arith.muli %v1012, %v102 : i64
            %v1046 = arith.addi %v1044, %v1045 : i64
            %v1047 = arith.muli %v23, %v1 : i64
            %v1048 = arith.addi %v1046, %v1047 : i64
            %v1049 = llvm.getelementptr %out_m_out[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1043, %v1049 : f32, !llvm.ptr
          }
          %v1050 = arith.subf %v327, %v1043 fastmath<contract> : f32
          %v1051 = arith.mulf %v1050, %v349 fastmath<contract> : f32
          %v1052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1051) : (f32) -> f32
          scf.if %v20 {
            %v1053 = arith.muli %v25, %v103 : i64
            %v1054 = arith.muli %v1012, %v102 : i64
            %v1055 = arith.addi %v1053, %v1054 : i64
            %v1056 = arith.muli %v23, %v1 : i64
            %v1057 = arith.addi %v1055, %v1056 : i64
            %v1058 = llvm.getelementptr %out_i_stab[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1052, %v1058 : f32, !llvm.ptr
          }
          %v1059 = arith.addi %v44, %v100 : i64
          %v1060 = arith.negf %v335 : f32
          %v1061 = arith.maximumf %v1060, %v345 : f32
          %v1062 = llvm.call_intrinsic "llvm.fabs.f32"(%v1060) : (f32) -> f32
          %v1063 = arith.negf %v1062 : f32
          %v1064 = arith.mulf %v1063, %v349 fastmath<contract> : f32
          %v1065 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1064) : (f32) -> f32
          %v1066 = arith.addf %v352, %v1065 fastmath<contract> : f32
          %v1067 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1066) : (f32) -> f32
          %v1068 = arith.mulf %v1067, %v355 fastmath<contract> : f32
          %v1069 = arith.mulf %v357, %v1065 fastmath<contract> : f32
          %v1070 = arith.addf %v1069, %v359 fastmath<contract> : f32
          %v1071 = arith.mulf %v1070, %v1065 fastmath<contract> : f32
          %v1072 = arith.addf %v1071, %v362 fastmath<contract> : f32
          %v1073 = arith.mulf %v1072, %v1065 fastmath<contract> : f32
          %v1074 = arith.addf %v1073, %v365 fastmath<contract> : f32
          %v1075 = arith.mulf %v1074, %v1065 fastmath<contract> : f32
          %v1076 = arith.addf %v1075, %v368 fastmath<contract> : f32
          %v1077 = arith.mulf %v1076, %v1065 fastmath<contract> : f32
          %v1078 = arith.addf %v1077, %v371 fastmath<contract> : f32
          %v1079 = arith.mulf %v1078, %v1065 fastmath<contract> : f32
          %v1080 = arith.addf %v1079, %v352 fastmath<contract> : f32
          %v1081 = arith.mulf %v1080, %v1065 fastmath<contract> : f32
          %v1082 = llvm.call_intrinsic "llvm.fabs.f32"(%v1065) : (f32) -> f32
          %v1083 = arith.cmpf olt, %v1082, %v377 : f32
          %v1084 = arith.select %v1083, %v1081, %v1068 : f32
          %v1085 = arith.addf %v1061, %v1084 fastmath<contract> : f32
          %v1086 = arith.negf %v1085 : f32
          %v1087 = llvm.load %v4 : !llvm.ptr -> f32
          %v1088 = arith.addf %v1086, %v1087 fastmath<contract> : f32
          %v1089 = arith.maximumf %v1088, %v342 : f32
          llvm.store %v1089, %v4 : f32, !llvm.ptr
          %v1090 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v1091 = arith.muli %v25, %v103 : i64
            %v1092 = arith.muli %v1059, %v102 : i64
            %v1093 = arith.addi %v1091, %v1092 : i64
            %v1094 = arith.muli %v23, %v1 : i64
            %v1095 = arith.addi %v1093, %v1094 : i64
            %v1096 = llvm.getelementptr %out_m_out[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1090, %v1096 : f32, !llvm.ptr
          }
          %v1097 = arith.subf %v342, %v1090 fastmath<contract> : f32
          %v1098 = arith.mulf %v1097, %v349 fastmath<contract> : f32
          %v1099 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1098) : (f32) -> f32
          scf.if %v20 {
            %v1100 = arith.muli %v25, %v103 : i64
            %v1101 = arith.muli %v1059, %v102 : i64
            %v1102 = arith.addi %v1100, %v1101 : i64
            %v1103 = arith.muli %v23, %v1 : i64
            %v1104 = arith.addi %v1102, %v1103 : i64
            %v1105 = llvm.getelementptr %out_i_stab[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1099, %v1105 : f32, !llvm.ptr
          }
        }
        %v1106 = arith.muli %v64, %v63 : i64
        %v1107 = arith.index_cast %v1106 : i64 to index
        %v1108 = arith.index_cast %v62 : i64 to index
        %v1109 = arith.index_cast %v1 : i64 to index
        scf.for %v1110 = %v1107 to %v1108 step %v1109 {
          %v1111 = arith.index_cast %v1110 : index to i64
          %v1112 = arith.addi %v44, %v1111 : i64
          %v1113 = arith.muli %v25, %v103 : i64
          %v1114 = arith.muli %v1112, %v102 : i64
          %v1115 = arith.addi %v1113, %v1114 : i64
          %v1116 = arith.muli %v23, %v1 : i64
          %v1117 = arith.addi %v1115, %v1116 : i64
          %v1118 = llvm.getelementptr %in_fg[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
          %v1120 = arith.negf %v1119 : f32
          %v1121 = arith.maximumf %v1120, %v345 : f32
          %v1122 = llvm.call_intrinsic "llvm.fabs.f32"(%v1120) : (f32) -> f32
          %v1123 = arith.negf %v1122 : f32
          %v1124 = arith.mulf %v1123, %v349 fastmath<contract> : f32
          %v1125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1124) : (f32) -> f32
          %v1126 = arith.addf %v352, %v1125 fastmath<contract> : f32
          %v1127 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1126) : (f32) -> f32
          %v1128 = arith.mulf %v1127, %v355 fastmath<contract> : f32
          %v1129 = arith.mulf %v357, %v1125 fastmath<contract> : f32
          %v1130 = arith.addf %v1129, %v359 fastmath<contract> : f32
          %v1131 = arith.mulf %v1130, %v1125 fastmath<contract> : f32
          %v1132 = arith.addf %v1131, %v362 fastmath<contract> : f32
          %v1133 = arith.mulf %v1132, %v1125 fastmath<contract> : f32
          %v1134 = arith.addf %v1133, %v365 fastmath<contract> : f32
          %v1135 = arith.mulf %v1134, %v1125 fastmath<contract> : f32
          %v1136 = arith.addf %v1135, %v368 fastmath<contract> : f32
          %v1137 = arith.mulf %v1136, %v1125 fastmath<contract> : f32
          %v1138 = arith.addf %v1137, %v371 fastmath<contract> : f32
          %v1139 = arith.mulf %v1138, %v1125 fastmath<contract> : f32
          %v1140 = arith.addf %v1139, %v352 fastmath<contract> : f32
          %v1141 = arith.mulf %v1140, %v1125 fastmath<contract> : f32
          %v1142 = llvm.call_intrinsic "llvm.fabs.f32"(%v1125) : (f32) -> f32
          %v1143 = arith.cmpf olt, %v1142, %v377 : f32
          %v1144 = arith.select %v1143, %v1141, %v1128 : f32
          %v1145 = arith.addf %v1121, %v1144 fastmath<contract> : f32
          %v1146 = arith.negf %v1145 : f32
          %v1147 = arith.muli %v25, %v103 : i64
          %v1148 = arith.muli %v1112, %v102 : i64
          %v1149 = arith.addi %v1147, %v1148 : i64
          %v1150 = arith.muli %v23, %v1 : i64
          %v1151 = arith.addi %v1149, %v1150 : i64
          %v1152 = llvm.getelementptr %in_ig[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
          %v1154 = llvm.load %v4 : !llvm.ptr -> f32
          %v1155 = arith.addf %v1146, %v1154 fastmath<contract> : f32
          %v1156 = arith.maximumf %v1155, %v1153 : f32
          llvm.store %v1156, %v4 : f32, !llvm.ptr
          %v1157 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v20 {
            %v1158 = arith.muli %v25, %v103 : i64
            %v1159 = arith.muli %v1112, %v102 : i64
            %v1160 = arith.addi %v1158, %v1159 : i64
            %v1161 = arith.muli %v23, %v1 : i64
            %v1162 = arith.addi %v1160, %v1161 : i64
            %v1163 = llvm.getelementptr %out_m_out[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1157, %v1163 : f32, !llvm.ptr
          }
          %v1164 = arith.subf %v1153, %v1157 fastmath<contract> : f32
          %v1165 = arith.mulf %v1164, %v349 fastmath<contract> : f32
          %v1166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1165) : (f32) -> f32
          scf.if %v20 {
            %v1167 = arith.muli %v25, %v103 : i64
            %v1168 = arith.muli %v1112, %v102 : i64
            %v1169 = arith.addi %v1167, %v1168 : i64
            %v1170 = arith.muli %v23, %v1 : i64
            %v1171 = arith.addi %v1169, %v1170 : i64
            %v1172 = llvm.getelementptr %out_i_stab[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1166, %v1172 : f32, !llvm.ptr
          }
        }
      }
      %v1173 = arith.subi %v8, %v1 : i64
      %v1174 = arith.cmpi eq, %v16, %v1173 : i64
      %v1175 = arith.andi %v20, %v1174 : i1
      %v1176 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v1175 {
        %v1177 = arith.muli %v25, %v55 : i64
        %v1178 = arith.muli %v23, %v1 : i64
        %v1179 = arith.addi %v1177, %v1178 : i64
        %v1180 = llvm.getelementptr %out_m_last[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1176, %v1180 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
